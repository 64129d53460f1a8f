package cn.qinglian.portal.security;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PortalProperties;
import cn.qinglian.portal.base.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/** The signed-in user's own account: password change and the sign-in counters. */
@Service
public class AccountService {

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ScopeUnits scopeUnits;
    private final AuditLog audit;
    private final PortalProperties properties;
    private final Clock clock;

    AccountService(AppUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   ScopeUnits scopeUnits, AuditLog audit, PortalProperties properties, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.scopeUnits = scopeUnits;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** True while the user must set a new password: first sign-in, after a reset, or once it expired. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return currentUser.get().flatMap(u -> users.findById(u.id())).map(this::mustChange).orElse(false);
    }

    boolean mustChange(AppUser user) {
        int expiryDays = properties.security().passwordExpiryDays();
        return user.mustChangePassword() || expiryDays > 0
                && user.passwordChangedAt().plusDays(expiryDays).isBefore(LocalDateTime.now(clock));
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        PortalUser me = currentUser.require();
        AppUser before = users.findById(me.id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, before.passwordHash())) {
            throw new ValidationFailedException("currentPassword", "当前密码不正确");
        }
        PasswordPolicy.check(newPassword).ifPresent(reason -> {
            throw new ValidationFailedException("newPassword", reason);
        });
        if (passwordEncoder.matches(newPassword, before.passwordHash())) {
            throw new ValidationFailedException("newPassword", "新密码不能与当前密码相同");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, must_change_password = FALSE,
                               password_changed_at = :now, updated_at = :now, version = version + 1
                        WHERE id = :id""")
                .param("hash", passwordEncoder.encode(newPassword)).param("now", now).param("id", me.id()).update();
        audit.record("app_user", me.id(), AuditAction.CHANGE_PASSWORD, null, Map.of("username", me.username()));
    }

    /** The account behind a user name, for the authentication provider. */
    @Transactional(readOnly = true)
    Optional<PortalUser.Details> load(String username) {
        return users.findByUsername(username).map(u -> {
            DataScope scope = scopeUnits.scopeOf(u.scopeKind(), u.districtId(), u.townshipId(), u.officeId(), u.villageId());
            PortalUser user = new PortalUser(u.id(), u.username(), u.displayName(), u.roleSet(), scope,
                    scopeUnits.label(scope));
            boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(LocalDateTime.now(clock));
            return new PortalUser.Details(user, u.passwordHash(), u.enabled(), locked);
        });
    }

    /** When the lock of the user ends, if locked now. */
    @Transactional(readOnly = true)
    Optional<LocalDateTime> lockedUntil(long userId) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE id = :id AND locked_until > :now")
                .param("id", userId).param("now", LocalDateTime.now(clock)).query(LocalDateTime.class).optional();
    }

    /**
     * Counts a wrong password; the attempt that reaches the limit locks the account. Returns the
     * attempts left (0 = now locked). An expired lock starts the count afresh.
     */
    @Transactional
    int recordFailure(long userId) {
        LocalDateTime now = LocalDateTime.now(clock);
        var security = properties.security();
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = :id AND locked_until <= :now")
                .param("id", userId).param("now", now).update();
        // MariaDB evaluates SET left to right: locked_until must read the old counter
        jdbc.sql("""
                        UPDATE app_user
                        SET locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :until ELSE locked_until END,
                            failed_attempts = failed_attempts + 1
                        WHERE id = :id""")
                .param("max", security.maxFailedAttempts()).param("until", now.plusMinutes(security.lockMinutes()))
                .param("id", userId).update();
        int failed = jdbc.sql("SELECT failed_attempts FROM app_user WHERE id = :id").param("id", userId)
                .query(Integer.class).single();
        int left = Math.max(0, security.maxFailedAttempts() - failed);
        if (left == 0) {
            audit.record("app_user", userId, AuditAction.LOCK, null,
                    Map.of("reason", "连续" + failed + "次密码错误", "lockedMinutes", security.lockMinutes()));
        }
        return left;
    }

    @Transactional
    void recordSuccess(long userId) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = :now WHERE id = :id")
                .param("now", LocalDateTime.now(clock)).param("id", userId).update();
    }
}

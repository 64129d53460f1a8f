package cn.qinglian.portal.security;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.DraftValidator;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.base.ValidationFailedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * User administration: create, edit, disable, unlock and reset. Administrators see and manage only
 * the users inside their own scope. There is no self-registration.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    /** A new or reset account and the one-time password to hand over. */
    public record IssuedPassword(AppUser user, String temporaryPassword) {
    }

    private static final Map<String, String> SORT = Map.of(
            "username", "u.username", "displayName", "u.display_name", "scopeLabel", "scope_label",
            "enabled", "u.enabled", "lastLoginAt", "u.last_login_at");
    private static final String FROM = """
             FROM app_user u
             LEFT JOIN district d ON d.id = u.district_id
             LEFT JOIN township t ON t.id = u.township_id
             LEFT JOIN office o ON o.id = u.office_id
             LEFT JOIN village v ON v.id = u.village_id
            """;
    private static final String SCOPE_LABEL = """
            CASE u.scope_kind WHEN 'DISTRICT' THEN d.name WHEN 'TOWNSHIP' THEN t.name
                 WHEN 'OFFICE' THEN CONCAT(t.name, ' · ', o.name) WHEN 'VILLAGE' THEN CONCAT(t.name, ' · ', v.name)
                 ELSE '无数据范围' END""";

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ScopeUnits scopeUnits;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final DraftValidator validator;
    private final Clock clock;

    UserService(AppUserRepository users, JdbcClient jdbc, CurrentUser currentUser, ScopeUnits scopeUnits,
                PasswordEncoder passwordEncoder, AuditLog audit, DraftValidator validator, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.scopeUnits = scopeUnits;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list(UserFilter filter, PageQuery page) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT u.*, (SELECT GROUP_CONCAT(r.role) FROM app_user_role r WHERE r.app_user = u.id) AS roles, "
                        + SCOPE_LABEL + " AS scope_label" + FROM + "WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "u.display_name", "u.id"))
                .params(w.params()).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public int count(UserFilter filter) {
        SqlWhere w = where(filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> get(long id) {
        SqlWhere w = where(UserFilter.ALL).and("u.id = :id", "id", id);
        boolean visible = jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params())
                .query(Integer.class).single() > 0;
        return visible ? users.findById(id) : Optional.empty();
    }

    /** The units the signed-in administrator may give as a scope of this kind. */
    @Transactional(readOnly = true)
    public List<ScopeUnit> scopeChoices(ScopeKind kind) {
        return scopeUnits.units(kind, currentUser.require().scope());
    }

    @Transactional
    public IssuedPassword create(UserDraft draft) {
        validate(draft, null);
        Place place = place(draft);
        LocalDateTime now = LocalDateTime.now(clock);
        String password = TemporaryPassword.generate();
        AppUser created = users.save(new AppUser(null, draft.getUsername().trim(), draft.getDisplayName().trim(),
                passwordEncoder.encode(password), draft.getScopeKind(), place.districtId, place.townshipId,
                place.officeId, place.villageId, true, true, now, 0, null, null, false, null, now, now,
                roles(draft.getRoles())));
        audit.record("app_user", created.id(), AuditAction.CREATE, null, created.snapshot());
        return new IssuedPassword(created, password);
    }

    @Transactional
    public AppUser update(UserDraft draft) {
        AppUser before = get(Objects.requireNonNull(draft.getId())).orElseThrow(() -> new RecordNotFoundException("用户"));
        requireVersion(before, draft.getVersion());
        validate(draft, before.id());
        if (before.id().equals(currentUser.require().id()) && !draft.getRoles().contains(Role.ADMIN)) {
            throw new ValidationFailedException("roles", "不能取消自己的管理员角色");
        }
        Place place = place(draft);
        AppUser after = users.save(new AppUser(before.id(), draft.getUsername().trim(), draft.getDisplayName().trim(),
                before.passwordHash(), draft.getScopeKind(), place.districtId, place.townshipId, place.officeId,
                place.villageId, before.enabled(), before.mustChangePassword(), before.passwordChangedAt(),
                before.failedAttempts(), before.lockedUntil(), before.lastLoginAt(), before.demo(), before.version(),
                before.createdAt(), LocalDateTime.now(clock), roles(draft.getRoles())));
        audit.record("app_user", after.id(), AuditAction.UPDATE, before.snapshot(), after.snapshot());
        return after;
    }

    @Transactional
    public AppUser setEnabled(long id, int version, boolean enabled) {
        AppUser before = get(id).orElseThrow(() -> new RecordNotFoundException("用户"));
        requireVersion(before, version);
        if (!enabled && before.id().equals(currentUser.require().id())) {
            throw new ValidationFailedException("", "不能停用自己的账户");
        }
        AppUser after = users.save(with(before, enabled, before.mustChangePassword(), before.passwordHash(),
                before.passwordChangedAt(), before.failedAttempts(), before.lockedUntil()));
        audit.record("app_user", id, enabled ? AuditAction.ENABLE : AuditAction.DISABLE, before.snapshot(), after.snapshot());
        return after;
    }

    @Transactional
    public AppUser unlock(long id) {
        AppUser before = get(id).orElseThrow(() -> new RecordNotFoundException("用户"));
        AppUser after = users.save(with(before, before.enabled(), before.mustChangePassword(), before.passwordHash(),
                before.passwordChangedAt(), 0, null));
        audit.record("app_user", id, AuditAction.UNLOCK, before.snapshot(), after.snapshot());
        return after;
    }

    /** Sets a new one-time password; the user must change it at the next sign-in. Also unlocks. */
    @Transactional
    public IssuedPassword resetPassword(long id) {
        AppUser before = get(id).orElseThrow(() -> new RecordNotFoundException("用户"));
        String password = TemporaryPassword.generate();
        AppUser after = users.save(with(before, before.enabled(), true, passwordEncoder.encode(password),
                LocalDateTime.now(clock), 0, null));
        audit.record("app_user", id, AuditAction.RESET_PASSWORD, before.snapshot(), after.snapshot());
        return new IssuedPassword(after, password);
    }

    private AppUser with(AppUser u, boolean enabled, boolean mustChange, String hash, LocalDateTime changedAt,
                         int failed, LocalDateTime lockedUntil) {
        return new AppUser(u.id(), u.username(), u.displayName(), hash, u.scopeKind(), u.districtId(), u.townshipId(),
                u.officeId(), u.villageId(), enabled, mustChange, changedAt, failed, lockedUntil, u.lastLoginAt(),
                u.demo(), u.version(), u.createdAt(), LocalDateTime.now(clock), u.roles());
    }

    private static void requireVersion(AppUser current, Integer expected) {
        if (expected != null && !expected.equals(current.version())) {
            throw new OptimisticLockingFailureException("用户 " + current.username() + " 已被他人修改");
        }
    }

    private void validate(UserDraft draft, Long ownId) {
        validator.require(draft);
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u AND id <> :id")
                .param("u", draft.getUsername().trim()).param("id", ownId == null ? -1 : ownId)
                .query(Integer.class).single() > 0;
        if (taken) {
            throw new ValidationFailedException("username", "用户名已存在");
        }
        ScopeKind kind = draft.getScopeKind();
        if (kind == null) {
            return; // allowed: a user without scope sees nothing (default deny)
        }
        for (Role role : draft.getRoles()) {
            if (!role.allowedScopes().contains(kind)) {
                throw new ValidationFailedException("scopeKind", "角色「" + role.label() + "」的数据范围只能是："
                        + role.allowedScopes().stream().map(ScopeKind::label).collect(Collectors.joining("、")));
            }
        }
        if (draft.getScopeUnitId() == null) {
            throw new ValidationFailedException("scopeUnitId", "请选择数据范围对应的单位");
        }
        boolean allowed = scopeUnits.units(kind, currentUser.require().scope()).stream()
                .anyMatch(u -> u.id() == draft.getScopeUnitId());
        if (!allowed) {
            throw new ValidationFailedException("scopeUnitId", "该单位不在您的管理范围内");
        }
    }

    private record Place(Long districtId, Long townshipId, Long officeId, Long villageId) {
    }

    private Place place(UserDraft draft) {
        ScopeKind kind = draft.getScopeKind();
        if (kind == null) {
            return new Place(null, null, null, null);
        }
        long unit = Objects.requireNonNull(draft.getScopeUnitId());
        long[] at = scopeUnits.placeOf(kind, unit).orElseThrow(() -> new ValidationFailedException("scopeUnitId", "单位不存在"));
        return switch (kind) {
            case DISTRICT -> new Place(unit, null, null, null);
            case TOWNSHIP -> new Place(at[0], unit, null, null);
            case OFFICE -> new Place(at[0], at[1], unit, null);
            case VILLAGE -> new Place(at[0], at[1], null, unit);
        };
    }

    private static Set<AppUser.UserRole> roles(Set<Role> roles) {
        return roles.stream().map(AppUser.UserRole::new).collect(Collectors.toSet());
    }

    private SqlWhere where(UserFilter f) {
        ScopeCondition s = currentUser.require().scope().on("u.township_id").district("u.district_id")
                .village("u.village_id").office("u.office_id").build();
        LocalDateTime now = LocalDateTime.now(clock);
        return SqlWhere.of(s.sql(), s.params())
                .andContains("CONCAT(u.username, ' ', u.display_name)", "name", f.name())
                .and("EXISTS (SELECT 1 FROM app_user_role fr WHERE fr.app_user = u.id AND fr.role = :role)", "role", f.role())
                .and("u.scope_kind = :scopeKind", "scopeKind", f.scopeKind())
                .andContains("COALESCE(v.name, o.name, t.name, d.name)", "unit", f.unit())
                .and("u.enabled = :enabled", "enabled", f.enabled())
                .and(Boolean.TRUE.equals(f.locked()) ? "u.locked_until > :now" : "(u.locked_until IS NULL OR u.locked_until <= :now)",
                        "now", f.locked() == null ? null : now);
    }

    private UserRow row(ResultSet rs, int i) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        if (roles != null) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(roleSet::add);
        }
        LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roleSet,
                rs.getString("scope_label"), rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now(clock)),
                rs.getBoolean("must_change_password"), rs.getObject("last_login_at", LocalDateTime.class),
                rs.getInt("version"));
    }
}

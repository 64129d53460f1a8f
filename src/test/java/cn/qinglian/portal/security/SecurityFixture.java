package cn.qinglian.portal.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Test data for the security feature: accounts with a role and scope, and running code as them.
 * Registered by {@code @Import(SecurityFixture.class)} in the tests that need it.
 */
@Component
public class SecurityFixture {

    public static final String PASSWORD = "Test#Pass2026";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final PasswordEncoder encoder;

    private final SecurityContextHolderStrategy contexts;

    public SecurityFixture(JdbcClient jdbc, AccountService accounts, PasswordEncoder encoder,
                           ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** The first (demo) township. */
    public long township() {
        return jdbc.sql("SELECT MIN(id) FROM township").query(Long.class).single();
    }

    public long district() {
        return jdbc.sql("SELECT district_id FROM township WHERE id = :t").param("t", township()).query(Long.class).single();
    }

    /** A new village in the demo township. */
    public long village(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO village (township_id, name, kind, sort_order, active, created_at, updated_at)
                        VALUES (:t, :n, 'VILLAGE', 0, TRUE, NOW(3), NOW(3))""")
                .param("t", township()).param("n", name).update(keys);
        return keys.getKey().longValue();
    }

    public long office(String name) {
        return jdbc.sql("SELECT id FROM office WHERE township_id = :t AND name = :n").param("t", township())
                .param("n", name).query(Long.class).single();
    }

    /** Creates an account; {@code unitId} is the village or office for those scopes. */
    public String user(Role role, ScopeKind kind, Long unitId) {
        String username = role.name().toLowerCase() + "_" + UUID.randomUUID().toString().substring(0, 8);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, scope_kind, district_id, township_id,
                                              office_id, village_id, enabled, must_change_password, password_changed_at,
                                              created_at, updated_at)
                        VALUES (:u, :u, :h, :k, :d, :t, :o, :v, TRUE, FALSE, :now, :now, :now)""")
                .param("u", username).param("h", encoder.encode(PASSWORD)).param("k", kind == null ? null : kind.name())
                .param("d", kind == null ? null : district())
                .param("t", kind == null || kind == ScopeKind.DISTRICT ? null : township())
                .param("o", kind == ScopeKind.OFFICE ? unitId : null).param("v", kind == ScopeKind.VILLAGE ? unitId : null)
                .param("now", LocalDateTime.now()).update(keys);
        jdbc.sql("INSERT INTO app_user_role (app_user, role) VALUES (:id, :r)").param("id", keys.getKey().longValue())
                .param("r", role.name()).update();
        return username;
    }

    /** Runs the action signed in as the user, as the security context of a request would be. */
    public <T> T as(String username, Supplier<T> action) {
        PortalUser.Details details = accounts.load(username).orElseThrow();
        var previous = contexts.getContext().getAuthentication();
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return action.get();
        } finally {
            contexts.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}

package cn.qinglian.portal.organisation;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.ScopeUnit;
import cn.qinglian.portal.security.ScopeUnits;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** What villages and offices share: they belong to a township the administrator manages, under a unique name. */
@Component
class TownshipUnits {

    private static final Set<String> TABLES = Set.of("village", "office");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ScopeUnits scopeUnits;

    TownshipUnits(JdbcClient jdbc, CurrentUser currentUser, ScopeUnits scopeUnits) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.scopeUnits = scopeUnits;
    }

    /** Townships the signed-in user may place villages and offices in. */
    List<ScopeUnit> townshipChoices() {
        return scopeUnits.units(ScopeKind.TOWNSHIP, currentUser.require().scope());
    }

    void requireTownshipInScope(PortalUser user, @Nullable Long townshipId) {
        ScopeCondition s = user.scope().on("t.id").build();
        boolean ok = jdbc.sql("SELECT COUNT(*) FROM township t WHERE t.id = :id AND " + s.sql())
                .param("id", townshipId).params(s.params()).query(Integer.class).single() > 0;
        if (!ok) {
            throw new ValidationFailedException("townshipId", "无权管理该乡镇");
        }
    }

    void requireUniqueName(String table, @Nullable Long townshipId, String name, @Nullable Long ownId, String message) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE township_id = :t AND name = :n AND id <> :id")
                .param("t", townshipId).param("n", name.trim()).param("id", ownId == null ? -1 : ownId)
                .query(Integer.class).single() > 0;
        if (taken) {
            throw new ValidationFailedException("name", message);
        }
    }
}

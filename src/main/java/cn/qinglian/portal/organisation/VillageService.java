package cn.qinglian.portal.organisation;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.DraftValidator;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import cn.qinglian.portal.security.ScopeUnit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Villages and communities: listing within the user's scope, and maintenance by administrators. */
@Service
public class VillageService {

    private static final Map<String, String> SORT = Map.of(
            "name", "v.name", "kind", "v.kind", "code", "v.code", "sortOrder", "v.sort_order",
            "townshipName", "t.name", "active", "v.active");
    private static final String FROM = " FROM village v JOIN township t ON t.id = v.township_id ";

    private final VillageRepository villages;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final DraftValidator validator;
    private final Clock clock;
    private final TownshipUnits units;

    VillageService(VillageRepository villages, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit,
                   DraftValidator validator, Clock clock, TownshipUnits units) {
        this.villages = villages;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<VillageRow> list(VillageFilter filter, PageQuery page) {
        SqlWhere w = where(currentUser.require(), filter);
        return jdbc.sql("SELECT v.*, t.name AS township_name" + FROM + "WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "t.name, v.sort_order, v.name", "v.id"))
                .params(w.params()).query(VillageService::row).list();
    }

    @Transactional(readOnly = true)
    public int count(VillageFilter filter) {
        SqlWhere w = where(currentUser.require(), filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** The active villages the user may see, for pickers. */
    @Transactional(readOnly = true)
    public List<OrgUnit> choices() {
        ScopeCondition s = scope(currentUser.require());
        return jdbc.sql("SELECT v.id, v.name, t.id AS tid, t.name AS tname" + FROM + "WHERE v.active AND " + s.sql()
                        + " ORDER BY t.name, v.sort_order, v.name")
                .params(s.params())
                .query((rs, i) -> new OrgUnit(rs.getLong("id"), rs.getString("name"), rs.getLong("tid"),
                        rs.getString("tname"))).list();
    }

    /** Townships the signed-in user may place records in. */
    @Transactional(readOnly = true)
    public List<ScopeUnit> townshipChoices() {
        return units.townshipChoices();
    }

    @Transactional(readOnly = true)
    public Optional<Village> get(long id) {
        ScopeCondition s = scope(currentUser.require());
        boolean visible = jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE v.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(Integer.class).single() > 0;
        return visible ? villages.findById(id) : Optional.empty();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Village save(VillageDraft draft) {
        PortalUser user = currentUser.requireAny(Role.ADMIN);
        validator.require(draft);
        units.requireTownshipInScope(user, draft.getTownshipId());
        LocalDateTime now = LocalDateTime.now(clock);
        String code = draft.getCode().isBlank() ? null : draft.getCode().trim();
        if (draft.getId() == null) {
            units.requireUniqueName("village", draft.getTownshipId(), draft.getName(), null, "本乡镇已有同名村居");
            Village created = villages.save(new Village(null, draft.getTownshipId(), draft.getName().trim(),
                    draft.getKind(), code, draft.getSortOrder(), true, false, null, now, now));
            audit.record("village", created.id(), AuditAction.CREATE, null, created);
            return created;
        }
        Village before = get(draft.getId()).orElseThrow(() -> new RecordNotFoundException("村居"));
        units.requireUniqueName("village", draft.getTownshipId(), draft.getName(), before.id(), "本乡镇已有同名村居");
        Village after = villages.save(new Village(before.id(), draft.getTownshipId(), draft.getName().trim(),
                draft.getKind(), code, draft.getSortOrder(), before.active(), before.demo(), draft.getVersion(),
                before.createdAt(), now));
        audit.record("village", after.id(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Villages are never deleted (records refer to them); they are deactivated. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Village setActive(long id, int version, boolean active) {
        currentUser.requireAny(Role.ADMIN);
        Village before = get(id).orElseThrow(() -> new RecordNotFoundException("村居"));
        Village after = villages.save(new Village(before.id(), before.townshipId(), before.name(), before.kind(),
                before.code(), before.sortOrder(), active, before.demo(), version, before.createdAt(),
                LocalDateTime.now(clock)));
        audit.record("village", id, active ? AuditAction.ENABLE : AuditAction.DISABLE, before, after);
        return after;
    }

    private static ScopeCondition scope(PortalUser user) {
        return user.scope().on("v.township_id").village("v.id").officeSeesTownship().build();
    }

    private static SqlWhere where(PortalUser user, VillageFilter f) {
        ScopeCondition s = scope(user);
        return SqlWhere.of(s.sql(), s.params())
                .andContains("v.name", "name", f.name())
                .and("v.kind = :kind", "kind", f.kind())
                .and("v.township_id = :townshipId", "townshipId", f.townshipId())
                .and("v.active = :active", "active", f.active());
    }

    private static VillageRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new VillageRow(rs.getLong("id"), rs.getString("name"), VillageKind.valueOf(rs.getString("kind")),
                rs.getString("code"), rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("township_id"),
                rs.getString("township_name"), rs.getBoolean("demo"));
    }
}

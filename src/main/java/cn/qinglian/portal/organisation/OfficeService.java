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

/** Township offices: listing within the user's scope, and maintenance by administrators. */
@Service
public class OfficeService {

    private static final Map<String, String> SORT = Map.of(
            "name", "o.name", "duty", "o.duty", "sortOrder", "o.sort_order",
            "townshipName", "t.name", "active", "o.active");
    private static final String FROM = " FROM office o JOIN township t ON t.id = o.township_id ";

    private final OfficeRepository offices;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final DraftValidator validator;
    private final Clock clock;
    private final TownshipUnits units;

    OfficeService(OfficeRepository offices, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit,
                   DraftValidator validator, Clock clock, TownshipUnits units) {
        this.offices = offices;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<OfficeRow> list(OfficeFilter filter, PageQuery page) {
        SqlWhere w = where(currentUser.require(), filter);
        return jdbc.sql("SELECT o.*, t.name AS township_name" + FROM + "WHERE " + w.sql()
                        + SqlOrder.orderAndPage(page, SORT, "t.name, o.sort_order, o.name", "o.id"))
                .params(w.params()).query(OfficeService::row).list();
    }

    @Transactional(readOnly = true)
    public int count(OfficeFilter filter) {
        SqlWhere w = where(currentUser.require(), filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** The active offices the user may see, for pickers. */
    @Transactional(readOnly = true)
    public List<OrgUnit> choices() {
        ScopeCondition s = scope(currentUser.require());
        return jdbc.sql("SELECT o.id, o.name, t.id AS tid, t.name AS tname" + FROM + "WHERE o.active AND " + s.sql()
                        + " ORDER BY t.name, o.sort_order, o.name")
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
    public Optional<Office> get(long id) {
        ScopeCondition s = scope(currentUser.require());
        boolean visible = jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE o.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(Integer.class).single() > 0;
        return visible ? offices.findById(id) : Optional.empty();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Office save(OfficeDraft draft) {
        PortalUser user = currentUser.requireAny(Role.ADMIN);
        validator.require(draft);
        units.requireTownshipInScope(user, draft.getTownshipId());
        LocalDateTime now = LocalDateTime.now(clock);
        String duty = draft.getDuty().isBlank() ? null : draft.getDuty().trim();
        if (draft.getId() == null) {
            units.requireUniqueName("office", draft.getTownshipId(), draft.getName(), null, "本乡镇已有同名科室");
            Office created = offices.save(new Office(null, draft.getTownshipId(), draft.getName().trim(),
                    duty, draft.getSortOrder(), true, null, now, now));
            audit.record("office", created.id(), AuditAction.CREATE, null, created);
            return created;
        }
        Office before = get(draft.getId()).orElseThrow(() -> new RecordNotFoundException("科室"));
        units.requireUniqueName("office", draft.getTownshipId(), draft.getName(), before.id(), "本乡镇已有同名科室");
        Office after = offices.save(new Office(before.id(), draft.getTownshipId(), draft.getName().trim(),
                duty, draft.getSortOrder(), before.active(), draft.getVersion(),
                before.createdAt(), now));
        audit.record("office", after.id(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Offices are never deleted (records refer to them); they are deactivated. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Office setActive(long id, int version, boolean active) {
        currentUser.requireAny(Role.ADMIN);
        Office before = get(id).orElseThrow(() -> new RecordNotFoundException("科室"));
        Office after = offices.save(new Office(before.id(), before.townshipId(), before.name(),
                before.duty(), before.sortOrder(), active, version, before.createdAt(),
                LocalDateTime.now(clock)));
        audit.record("office", id, active ? AuditAction.ENABLE : AuditAction.DISABLE, before, after);
        return after;
    }

    private static ScopeCondition scope(PortalUser user) {
        return user.scope().on("o.township_id").office("o.id").build();
    }

    private static SqlWhere where(PortalUser user, OfficeFilter f) {
        ScopeCondition s = scope(user);
        return SqlWhere.of(s.sql(), s.params())
                .andContains("o.name", "name", f.name())
                .and("o.township_id = :townshipId", "townshipId", f.townshipId())
                .and("o.active = :active", "active", f.active());
    }

    private static OfficeRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new OfficeRow(rs.getLong("id"), rs.getString("name"), rs.getString("duty"), rs.getInt("sort_order"),
                rs.getBoolean("active"), rs.getLong("township_id"), rs.getString("township_name"));
    }
}

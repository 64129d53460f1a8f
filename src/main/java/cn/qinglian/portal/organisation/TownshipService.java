package cn.qinglian.portal.organisation;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import cn.qinglian.portal.security.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The townships of the district. Administrators see those in their scope; only a district-wide
 * administrator adds one (it gets the plan's offices at once).
 */
@Service
public class TownshipService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final OrganisationBootstrap bootstrap;

    TownshipService(JdbcClient jdbc, CurrentUser currentUser, OrganisationBootstrap bootstrap) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.bootstrap = bootstrap;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TownshipRow> list() {
        ScopeCondition s = currentUser.require().scope().on("t.id").build();
        return jdbc.sql("""
                        SELECT t.id, t.name, d.name AS district_name,
                               (SELECT COUNT(*) FROM village v WHERE v.township_id = t.id AND v.active) AS villages,
                               (SELECT COUNT(*) FROM office o WHERE o.township_id = t.id AND o.active) AS offices
                        FROM township t JOIN district d ON d.id = t.district_id
                        WHERE """ + " " + s.sql() + " ORDER BY t.name")
                .params(s.params())
                .query((rs, i) -> new TownshipRow(rs.getLong("id"), rs.getString("name"), rs.getString("district_name"),
                        rs.getInt("villages"), rs.getInt("offices"))).list();
    }

    /** Whether the signed-in administrator may add townships (district scope). */
    public boolean canAdd() {
        return currentUser.require().scope().kind() == ScopeKind.DISTRICT;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long add(String name) {
        PortalUser user = currentUser.require();
        if (user.scope().kind() != ScopeKind.DISTRICT) {
            throw new ValidationFailedException("name", "只有全区范围的系统管理员可以新增乡镇");
        }
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw new ValidationFailedException("name", "请输入乡镇名称（不超过64个字）");
        }
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM township WHERE district_id = :d AND name = :n")
                .param("d", user.scope().districtId()).param("n", trimmed).query(Integer.class).single() > 0;
        if (taken) {
            throw new ValidationFailedException("name", "本区已有同名乡镇");
        }
        return bootstrap.createTownship(user.scope().districtId(), trimmed);
    }
}

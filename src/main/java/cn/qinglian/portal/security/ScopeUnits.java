package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads the organisation tree for scopes (labels, pickers, consistency). Plain SQL on the
 * organisation tables keeps the security feature independent of the organisation feature.
 */
@Component
public class ScopeUnits {

    private final JdbcClient jdbc;

    ScopeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units of a kind that lie within {@code within} (an administrator's own scope). */
    public List<ScopeUnit> units(ScopeKind kind, DataScope within) {
        ScopeCondition s = switch (kind) {
            case DISTRICT -> new ScopeCondition(within.kind() == ScopeKind.DISTRICT ? "x.id = :d" : "1 = 0",
                    within.kind() == ScopeKind.DISTRICT ? java.util.Map.of("d", within.districtId()) : java.util.Map.of());
            case TOWNSHIP -> within.on("x.id").build();
            case OFFICE, VILLAGE -> within.on("x.township_id").village("x.id").officeSeesTownship().build();
        };
        String sql = switch (kind) {
            case DISTRICT -> "SELECT x.id, x.name, 0 AS township_id FROM district x WHERE ";
            case TOWNSHIP -> "SELECT x.id, x.name, x.id AS township_id FROM township x WHERE ";
            case OFFICE -> "SELECT x.id, CONCAT(t.name, ' · ', x.name) AS name, x.township_id FROM office x "
                    + "JOIN township t ON t.id = x.township_id WHERE x.active AND ";
            case VILLAGE -> "SELECT x.id, CONCAT(t.name, ' · ', x.name) AS name, x.township_id FROM village x "
                    + "JOIN township t ON t.id = x.township_id WHERE x.active AND ";
        };
        return jdbc.sql(sql + s.sql() + " ORDER BY 2").params(s.params())
                .query((rs, i) -> new ScopeUnit(rs.getLong("id"), rs.getString("name"), rs.getLong("township_id")))
                .list();
    }

    /** The scope a user row describes, or NONE. */
    public DataScope scopeOf(@Nullable ScopeKind kind, @Nullable Long districtId, @Nullable Long townshipId,
                             @Nullable Long officeId, @Nullable Long villageId) {
        if (kind == null) {
            return DataScope.NONE;
        }
        return switch (kind) {
            case DISTRICT -> districtId == null ? DataScope.NONE : DataScope.district(districtId);
            case TOWNSHIP -> townshipId == null ? DataScope.NONE : DataScope.township(townshipId);
            case OFFICE -> officeId == null || townshipId == null ? DataScope.NONE : DataScope.office(townshipId, officeId);
            case VILLAGE -> villageId == null || townshipId == null ? DataScope.NONE : DataScope.village(townshipId, villageId);
        };
    }

    /** "青溪镇 · 上塘村" and the like; "无数据范围" for none. */
    public String label(DataScope scope) {
        if (scope.isNone()) {
            return "无数据范围";
        }
        return switch (scope.kind()) {
            case DISTRICT -> name("SELECT name FROM district WHERE id = :id", scope.districtId()).orElse("?");
            case TOWNSHIP -> name("SELECT name FROM township WHERE id = :id", scope.townshipId()).orElse("?");
            case OFFICE -> name("SELECT CONCAT(t.name, ' · ', o.name) FROM office o JOIN township t ON t.id = o.township_id WHERE o.id = :id",
                    scope.officeId()).orElse("?");
            case VILLAGE -> name("SELECT CONCAT(t.name, ' · ', v.name) FROM village v JOIN township t ON t.id = v.township_id WHERE v.id = :id",
                    scope.villageId()).orElse("?");
        };
    }

    /** The district and township a unit belongs to: [districtId, townshipId]. */
    Optional<long[]> placeOf(ScopeKind kind, long unitId) {
        String sql = switch (kind) {
            case DISTRICT -> "SELECT id, 0 FROM district WHERE id = :id";
            case TOWNSHIP -> "SELECT district_id, id FROM township WHERE id = :id";
            case OFFICE -> "SELECT t.district_id, t.id FROM office o JOIN township t ON t.id = o.township_id WHERE o.id = :id";
            case VILLAGE -> "SELECT t.district_id, t.id FROM village v JOIN township t ON t.id = v.township_id WHERE v.id = :id";
        };
        return jdbc.sql(sql).param("id", unitId).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional();
    }

    private Optional<String> name(String sql, @Nullable Long id) {
        return id == null ? Optional.empty() : jdbc.sql(sql).param("id", id).query(String.class).optional();
    }
}

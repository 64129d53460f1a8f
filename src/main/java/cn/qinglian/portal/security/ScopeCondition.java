package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The one mechanism every scoped query uses: a SQL predicate plus its named parameters, built
 * from a {@link DataScope} and the columns that place a row in the organisation tree. A scope
 * whose unit the row does not carry (e.g. a village user on a township-level table) matches nothing.
 *
 * <pre>
 * ScopeCondition scope = user.scope().on("v.township_id").village("v.id").office("o.id").build();
 * jdbc.sql("SELECT ... WHERE " + scope.sql()).params(scope.params())
 * </pre>
 */
public record ScopeCondition(String sql, Map<String, Object> params) {

    /** Builds the condition; column names are code constants, never user input. */
    public static final class Builder {
        private final DataScope scope;
        private final String townshipColumn;
        private @Nullable String villageColumn;
        private @Nullable String officePredicate;
        private boolean officeSeesTownship;
        private @Nullable String districtColumn;

        Builder(DataScope scope, String townshipColumn) {
            this.scope = scope;
            this.townshipColumn = townshipColumn;
        }

        /** The column holding the row's village, if rows belong to villages. */
        public Builder village(String column) {
            this.villageColumn = column;
            return this;
        }

        /** The column holding the row's office, if rows belong to offices. */
        public Builder office(String column) {
            this.officePredicate = column + " = :scopeOfficeId";
            return this;
        }

        /** A predicate using {@code :scopeOfficeId} for rows shared by several offices. */
        public Builder officePredicate(String predicate) {
            this.officePredicate = predicate;
            return this;
        }

        /** For rows that may belong to a district directly (district-level users). */
        public Builder district(String column) {
            this.districtColumn = column;
            return this;
        }

        /**
         * For reference data (e.g. the village list): office users work across the villages of
         * their township, so they see all of its rows.
         */
        public Builder officeSeesTownship() {
            this.officeSeesTownship = true;
            return this;
        }

        public ScopeCondition build() {
            ScopeKind kind = scope.kind();
            if (kind == null) {
                return deny();
            }
            return switch (kind) {
                case DISTRICT -> new ScopeCondition("(" + townshipColumn
                        + " IN (SELECT st.id FROM township st WHERE st.district_id = :scopeDistrictId)"
                        + (districtColumn == null ? "" : " OR " + districtColumn + " = :scopeDistrictId") + ")",
                        Map.of("scopeDistrictId", scope.districtId()));
                case TOWNSHIP -> new ScopeCondition(townshipColumn + " = :scopeTownshipId",
                        Map.of("scopeTownshipId", scope.townshipId()));
                case VILLAGE -> villageColumn == null ? deny()
                        : new ScopeCondition(villageColumn + " = :scopeVillageId",
                        Map.of("scopeVillageId", scope.villageId()));
                case OFFICE -> officeSeesTownship
                        ? new ScopeCondition(townshipColumn + " = :scopeTownshipId",
                        Map.of("scopeTownshipId", scope.townshipId()))
                        : officePredicate == null ? deny()
                        : new ScopeCondition("(" + townshipColumn + " = :scopeTownshipId AND " + officePredicate + ")",
                        Map.of("scopeTownshipId", scope.townshipId(), "scopeOfficeId", scope.officeId()));
            };
        }

        private static ScopeCondition deny() {
            return new ScopeCondition("1 = 0", Map.of());
        }
    }
}

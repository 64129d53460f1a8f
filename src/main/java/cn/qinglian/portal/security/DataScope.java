package cn.qinglian.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * What part of the organisation tree a user may see. Default deny: {@link #NONE} matches no row.
 * Services turn it into SQL with {@link ScopeCondition}; nothing relies on hiding menu items.
 */
public record DataScope(@Nullable ScopeKind kind, @Nullable Long districtId, @Nullable Long townshipId,
                        @Nullable Long officeId, @Nullable Long villageId) {

    public static final DataScope NONE = new DataScope(null, null, null, null, null);

    public static DataScope district(long districtId) {
        return new DataScope(ScopeKind.DISTRICT, districtId, null, null, null);
    }

    public static DataScope township(long townshipId) {
        return new DataScope(ScopeKind.TOWNSHIP, null, townshipId, null, null);
    }

    public static DataScope office(long townshipId, long officeId) {
        return new DataScope(ScopeKind.OFFICE, null, townshipId, officeId, null);
    }

    public static DataScope village(long townshipId, long villageId) {
        return new DataScope(ScopeKind.VILLAGE, null, townshipId, null, villageId);
    }

    public boolean isNone() {
        return kind == null;
    }

    /** A SQL condition builder for a query whose rows carry the given township column. */
    public ScopeCondition.Builder on(String townshipColumn) {
        return new ScopeCondition.Builder(this, townshipColumn);
    }
}

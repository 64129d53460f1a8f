package cn.qinglian.portal.base;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds a WHERE clause from optional filters: a filter whose value is null or blank adds nothing.
 * Start it from the scope condition, so no list query can forget the scope.
 */
public final class SqlWhere {

    private final StringBuilder sql;
    private final Map<String, Object> params;

    private SqlWhere(String first, Map<String, ?> params) {
        this.sql = new StringBuilder(first);
        this.params = new HashMap<>(params);
    }

    public static SqlWhere of(String condition, Map<String, ?> params) {
        return new SqlWhere(condition, params);
    }

    /** Adds {@code condition} (using {@code :param}) when the value is present. */
    public SqlWhere and(String condition, String param, @Nullable Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        sql.append(" AND ").append(condition);
        params.put(param, value instanceof Enum<?> e ? e.name() : value instanceof String s ? s.trim() : value);
        return this;
    }

    /** Adds {@code column LIKE %text%} when the text is present. */
    public SqlWhere andContains(String column, String param, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        sql.append(" AND ").append(column).append(" LIKE :").append(param);
        params.put(param, SqlOrder.contains(text));
        return this;
    }

    /** Adds a condition without parameters when {@code when} holds. */
    public SqlWhere andIf(boolean when, String condition) {
        if (when) {
            sql.append(" AND ").append(condition);
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}

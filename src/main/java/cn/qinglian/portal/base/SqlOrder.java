package cn.qinglian.portal.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link PageQuery} into ORDER BY / LIMIT clauses using only whitelisted columns, so a
 * grid's sort never reaches SQL as user text.
 */
public final class SqlOrder {

    private SqlOrder() {
    }

    /**
     * @param columns   grid property name → SQL column
     * @param tieBreaker unique column appended last so paging is stable
     */
    public static String orderAndPage(PageQuery query, Map<String, String> columns, String defaultOrder,
                                      String tieBreaker) {
        List<String> parts = new ArrayList<>();
        for (PageQuery.Sort s : query.sort()) {
            String column = columns.get(s.property());
            if (column != null) {
                parts.add(column + (s.ascending() ? " ASC" : " DESC"));
            }
        }
        if (parts.isEmpty()) {
            parts.add(defaultOrder);
        }
        parts.add(tieBreaker);
        return " ORDER BY " + String.join(", ", parts) + " LIMIT " + query.limit() + " OFFSET " + query.offset();
    }

    /** Escapes LIKE wildcards in user text and wraps it for a contains-match. */
    public static String contains(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

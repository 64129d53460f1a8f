package cn.qinglian.portal.base;

import java.util.List;

/**
 * One page of a list, as every lazily loaded grid asks for it: offset, limit and the sort orders
 * (property names that the service maps to whitelisted columns).
 */
public record PageQuery(int offset, int limit, List<Sort> sort) {

    public static final int MAX_LIMIT = 500;

    public PageQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page " + offset + "/" + limit);
        }
        sort = List.copyOf(sort);
    }

    public static PageQuery first(int limit) {
        return new PageQuery(0, limit, List.of());
    }

    public PageQuery sortedBy(String property, boolean ascending) {
        return new PageQuery(offset, limit, List.of(new Sort(property, ascending)));
    }

    public record Sort(String property, boolean ascending) {
    }
}

package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;

/** Filters of the office list; null means "any". */
public record OfficeFilter(@Nullable String name, @Nullable Long townshipId, @Nullable Boolean active) {

    public static final OfficeFilter ALL = new OfficeFilter(null, null, null);
}

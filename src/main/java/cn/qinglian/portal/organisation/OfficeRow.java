package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;

/** An office as the list shows it. */
public record OfficeRow(long id, String name, @Nullable String duty, int sortOrder, boolean active,
                        long townshipId, String townshipName) {
}

package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;

/** A village as the list shows it. */
public record VillageRow(long id, String name, VillageKind kind, @Nullable String code, int sortOrder,
                         boolean active, long townshipId, String townshipName, boolean demo) {
}

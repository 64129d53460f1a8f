package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;

/** Filters of the village list; null means "any". */
public record VillageFilter(@Nullable String name, @Nullable VillageKind kind, @Nullable Long townshipId,
                            @Nullable Boolean active) {

    public static final VillageFilter ALL = new VillageFilter(null, null, null, null);
}

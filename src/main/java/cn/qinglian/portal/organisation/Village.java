package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** A village or community under a township (aggregate root). */
@Table("village")
public record Village(@Id @Nullable Long id, long townshipId, String name, VillageKind kind, @Nullable String code,
                      int sortOrder, boolean active, boolean demo, @Version @Nullable Integer version,
                      LocalDateTime createdAt, LocalDateTime updatedAt) {
}

package cn.qinglian.portal.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDateTime;

/** A township office (科室), lead or responsible unit of tasks (aggregate root). */
@Table("office")
public record Office(@Id @Nullable Long id, long townshipId, String name, @Nullable String duty, int sortOrder,
                     boolean active, @Version @Nullable Integer version, LocalDateTime createdAt,
                     LocalDateTime updatedAt) {
}

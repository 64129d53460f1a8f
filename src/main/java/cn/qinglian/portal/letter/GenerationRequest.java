package cn.qinglian.portal.letter;

import cn.qinglian.portal.cadre.PositionGroup;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/** Generate a year's letters, with a signing deadline, for the chosen villages and position groups (empty = all). */
public record GenerationRequest(int year, @Nullable LocalDate deadline, Set<Long> villageIds, Set<PositionGroup> groups) {
}

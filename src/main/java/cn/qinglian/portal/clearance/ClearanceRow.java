package cn.qinglian.portal.clearance;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One row of the item grid, with the deadline flags computed for today (Asia/Shanghai). */
public record ClearanceRow(long id, String code, ListKind kind, ClearanceSource source, String batch,
                           @Nullable Long villageId, String villageName, @Nullable Long parentId, String title,
                           String category, String leadOffices, String sharedOffices, String people,
                           LocalDate deadline, Priority priority, ClearanceStatus status,
                           @Nullable LocalDate extensionDeadline, DeadlineFlag flag, int version) {

    public boolean overdue() {
        return flag == DeadlineFlag.OVERDUE;
    }

    public boolean dueSoon() {
        return flag == DeadlineFlag.DUE_SOON;
    }
}

package cn.qinglian.portal.clearance;

import cn.qinglian.portal.attachment.AttachmentInfo;
import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * An item as its detail page shows it: the row, the texts, its problem and linked items, the
 * timeline, the close-out evidence, and what the reader may do with it now.
 */
public record ClearanceDetail(ClearanceRow row, String description, String measures,
                              @Nullable ClearanceRow parent, List<ClearanceRow> linked,
                              List<ProgressEntry> timeline, List<AttachmentInfo> evidence,
                              @Nullable String extensionReason, @Nullable LocalDateTime closedAt,
                              @Nullable String closedBy, @Nullable String closeOpinion,
                              Set<ClearanceAction> actions) {
}

package cn.qinglian.portal.clearance;

import cn.qinglian.portal.attachment.AttachmentInfo;

import java.time.LocalDateTime;
import java.util.List;

/** One entry of an item's timeline with its files. */
public record ProgressEntry(long id, ProgressStep step, String note, String actorName, LocalDateTime at,
                            List<AttachmentInfo> files) {
}

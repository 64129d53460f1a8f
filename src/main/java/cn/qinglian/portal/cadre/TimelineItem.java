package cn.qinglian.portal.cadre;

import cn.qinglian.portal.attachment.AttachmentInfo;

import java.util.List;

/** An archive entry with its attachments, as the cadre's timeline shows it. */
public record TimelineItem(ArchiveEntry entry, List<AttachmentInfo> attachments) {
}

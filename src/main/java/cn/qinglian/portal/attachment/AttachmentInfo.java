package cn.qinglian.portal.attachment;

import java.time.LocalDateTime;

/** An attachment without its bytes, for lists. */
public record AttachmentInfo(long id, String ownerType, long ownerId, String fileName, String contentType,
                             long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}

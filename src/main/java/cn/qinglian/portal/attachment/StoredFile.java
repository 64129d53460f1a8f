package cn.qinglian.portal.attachment;

/** An attachment with its bytes, checksum verified. */
public record StoredFile(AttachmentInfo info, byte[] content) {
}

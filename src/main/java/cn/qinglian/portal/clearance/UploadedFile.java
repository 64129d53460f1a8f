package cn.qinglian.portal.clearance;

/** A file a user attached to a step (progress report, evidence). */
public record UploadedFile(String name, byte[] content) {
}

package cn.qinglian.portal.bulletin;

/** A bulletin with its narrative, for the editor. */
public record BulletinDetail(BulletinRow row, Narrative narrative) {
}

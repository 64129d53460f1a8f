package cn.qinglian.portal.bulletin;

/** A bulletin is a draft until issued; once issued it never changes. */
public enum BulletinStatus {
    DRAFT("草稿"),
    ISSUED("已印发");

    private final String label;

    BulletinStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

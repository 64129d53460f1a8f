package cn.qinglian.portal.clearance;

/** How urgent an item is. */
public enum Priority {
    HIGH("高"),
    NORMAL("中"),
    LOW("低");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

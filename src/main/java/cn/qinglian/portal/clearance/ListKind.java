package cn.qinglian.portal.clearance;

/** Which of the three lists an item belongs to. */
public enum ListKind {
    PROBLEM("问题清单"),
    RESPONSIBILITY("责任清单"),
    TASK("任务清单");

    private final String label;

    ListKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short label as the hand-over spreadsheets write it (问题/责任/任务). */
    public String shortLabel() {
        return label.substring(0, 2);
    }
}

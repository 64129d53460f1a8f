package cn.qinglian.portal.clearance;

/** The rectification workflow: 待整改 → 整改中 → 待验收 → 已销号 (a verifier may send back to 整改中). */
public enum ClearanceStatus {
    PENDING("待整改"),
    IN_PROGRESS("整改中"),
    AWAITING_CHECK("待验收"),
    CLOSED("已销号");

    private final String label;

    ClearanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED;
    }
}

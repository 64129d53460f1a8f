package cn.qinglian.portal.clearance;

/** Where an item came from. */
public enum ClearanceSource {
    INSPECTION("巡察移交"),
    PETITION("信访"),
    AUDIT("审计"),
    SUPERVISION("监督检查"),
    ASSIGNED("上级交办"),
    PLAN("实施方案");

    private final String label;

    ClearanceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

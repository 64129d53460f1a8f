package cn.qinglian.portal.clearance;

/** The three queues of "my work". */
public enum WorkKind {
    REPORT("待报送"),
    VERIFY("待验收"),
    APPROVE("待审批延期");

    private final String label;

    WorkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

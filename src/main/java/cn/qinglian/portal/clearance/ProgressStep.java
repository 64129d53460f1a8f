package cn.qinglian.portal.clearance;

/** One entry of an item's timeline. */
public enum ProgressStep {
    CREATED("建立事项"),
    REPORTED("报送进展"),
    SUBMITTED("提交验收"),
    SENT_BACK("退回整改"),
    CLOSED("验收销号"),
    REOPENED("重新打开"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_APPROVED("批准延期"),
    EXTENSION_REFUSED("不予延期"),
    OVERDUE("逾期"),
    EDITED("修改事项");

    private final String label;

    ProgressStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

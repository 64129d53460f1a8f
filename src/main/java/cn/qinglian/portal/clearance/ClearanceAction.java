package cn.qinglian.portal.clearance;

/** What a user may do with an item in its current state. */
public enum ClearanceAction {
    REPORT("报送进展"),
    SUBMIT("提交验收"),
    SEND_BACK("退回整改"),
    CLOSE("验收销号"),
    REOPEN("重新打开"),
    REQUEST_EXTENSION("申请延期"),
    DECIDE_EXTENSION("审批延期"),
    EDIT("修改");

    private final String label;

    ClearanceAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.audit;

/** What a service did to a record. */
public enum AuditAction {
    CREATE("新增"),
    UPDATE("修改"),
    DELETE("删除"),
    DISABLE("停用"),
    ENABLE("启用"),
    LOCK("锁定"),
    UNLOCK("解锁"),
    RESET_PASSWORD("重置密码"),
    CHANGE_PASSWORD("修改密码"),
    PURGE("清理日志"),
    VERIFY("校验");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.security;

/** The unit of the organisation tree a user's data scope covers. */
public enum ScopeKind {
    DISTRICT("全区"),
    TOWNSHIP("全镇"),
    OFFICE("本科室"),
    VILLAGE("本村居");

    private final String label;

    ScopeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.organisation;

/** A village (村) or an urban community (社区). */
public enum VillageKind {
    VILLAGE("村"),
    COMMUNITY("社区");

    private final String label;

    VillageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

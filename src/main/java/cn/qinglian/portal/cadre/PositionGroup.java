package cn.qinglian.portal.cadre;

/** Groups of posts that share a commitment-letter template. */
public enum PositionGroup {
    LEADERS("村（社区）党组织书记、主任"),
    COMMITTEE("两委委员"),
    SUPERVISION("村务监督委员会成员");

    private final String label;

    PositionGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

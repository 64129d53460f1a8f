package cn.qinglian.portal.cadre;

/** The risk colour of 廉情评估, from least to most serious. */
public enum IntegrityColour {
    GREEN("绿"),
    YELLOW("黄"),
    ORANGE("橙"),
    RED("红");

    private final String label;

    IntegrityColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public IntegrityColour atLeast(IntegrityColour other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

package cn.qinglian.portal.cadre;

/** Where a petition naming the cadre stands (信访涉及 entries). */
public enum PetitionStatus {
    OPEN("核查中"),
    VERIFIED("属实"),
    UNFOUNDED("不属实"),
    CLOSED("已办结");

    private final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.letter;

/** The grade of a year-end fulfilment review (践诺评议). */
public enum Evaluation {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASICALLY_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格");

    private final String label;

    Evaluation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

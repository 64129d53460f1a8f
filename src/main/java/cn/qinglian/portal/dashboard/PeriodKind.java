package cn.qinglian.portal.dashboard;

/** The period the dashboard's "in this period" figures count: month, quarter or year. */
public enum PeriodKind {
    MONTH("本月"),
    QUARTER("本季度"),
    YEAR("本年度");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.qinglian.portal.cadre;

/** The kinds of 廉洁档案 entries named in the source plan. */
public enum ArchiveKind {
    COMMITMENT("廉洁承诺"),
    DUTY_REPORT("述责述廉"),
    PERFORMANCE("绩效考评"),
    FINANCE_CLEARANCE("财务清理"),
    JOINT_REVIEW("联审联签"),
    ECONOMIC_AUDIT("经济责任审计"),
    INTEGRITY_ASSESSMENT("廉情事项评估"),
    ACCOUNTABILITY("问责处理"),
    TALK("廉政约谈"),
    PETITION("信访涉及"),
    PERSONAL_REPORT("个人有关事项报告");

    private final String label;

    ArchiveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds that carry a score (e.g. 绩效考评 points). */
    public boolean scored() {
        return this == PERFORMANCE || this == DUTY_REPORT;
    }
}

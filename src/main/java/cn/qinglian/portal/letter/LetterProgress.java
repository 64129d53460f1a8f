package cn.qinglian.portal.letter;

/**
 * The progress filter of the letter grid. The completion board counts cumulatively (a published letter
 * has also been signed), so its numbers open the "及以后" choices; the "待…" choices pick one stage.
 */
public enum LetterProgress {
    PENDING("待签订", "l.status = 'PENDING'"),
    SIGNED("已签订（含已公示、已评议）", "l.status <> 'PENDING'"),
    AWAITING_PUBLICATION("已签订待公示", "l.status = 'SIGNED'"),
    PUBLISHED("已公示（含已评议）", "l.status IN ('PUBLISHED', 'REVIEWED')"),
    AWAITING_REVIEW("已公示待评议", "l.status = 'PUBLISHED'"),
    REVIEWED("已评议", "l.status = 'REVIEWED'");

    private final String label;
    private final String condition;

    LetterProgress(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    String condition() {
        return condition;
    }
}

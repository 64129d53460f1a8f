package cn.qinglian.portal.letter;

/** Where a letter stands; the steps go in this order and are reverted one at a time. */
public enum LetterStatus {
    PENDING("待签订"),
    SIGNED("已签订"),
    PUBLISHED("已公示"),
    REVIEWED("已评议");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

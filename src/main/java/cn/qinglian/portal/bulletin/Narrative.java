package cn.qinglian.portal.bulletin;

/**
 * The paragraphs of a bulletin the clerk writes; everything else (numbers, tables, the chart) is computed.
 * Each text may hold several paragraphs, one per line.
 */
public record Narrative(String intro, String clearance, String letters, String archive, String focus) {

    public static final int MAX = 5000;

    /** The starting text of a new draft. */
    public static Narrative defaults(int month) {
        return new Narrative(
                month + "月，各村（社区）认真落实清廉村居建设各项部署，持续推进问题、责任、任务三张清单见底清零，廉洁承诺、廉政约谈等日常监督工作有序开展。现将有关情况通报如下。",
                "从销号进度看，部分村（社区）整改推进较慢、逾期事项较多。对点名通报的逾期事项，责任单位要明确整改时限，逐项销号。",
                "尚未签订廉洁承诺书的村（社区）干部要抓紧签订并按要求公示，各村（社区）党组织要做好承诺事项的跟踪评议。",
                "对约谈和问责中发现的共性问题，各村（社区）要举一反三、建章立制，防止同类问题反复发生。",
                "一是紧盯逾期事项，确保按期销号。\n二是抓好廉洁承诺的公示和评议。\n三是持续开展廉政约谈，抓早抓小、防微杜渐。");
    }

    public String[] paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
    }
}

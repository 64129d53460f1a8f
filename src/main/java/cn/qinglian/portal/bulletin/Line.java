package cn.qinglian.portal.bulletin;

import java.util.List;

/** One line of the bulletin's body, in order: what the PDF, the DOCX and the XLSX are made of. */
record Line(Kind kind, String text, List<String> cells) {

    enum Kind {
        /** 一、 heading (黑体) */
        H1,
        /** （一） heading (楷体) */
        H2,
        /** a body paragraph (仿宋, two-character indent) */
        P,
        /** the bar chart of the villages' clearance rates */
        CHART,
        /** a row of one of the tables */
        VILLAGE, OVERDUE, LETTER, ARCHIVE
    }

    static Line of(Kind kind, String text) {
        return new Line(kind, text, List.of());
    }

    static Line row(Kind kind, Object... cells) {
        return new Line(kind, "", java.util.Arrays.stream(cells).map(String::valueOf).toList());
    }

    boolean tableRow() {
        return kind == Kind.VILLAGE || kind == Kind.OVERDUE || kind == Kind.LETTER || kind == Kind.ARCHIVE;
    }

    /** The column headers of a table kind. */
    static List<String> headers(Kind kind) {
        return switch (kind) {
            case VILLAGE -> List.of("排名", "村（社区）", "事项总数", "已销号", "销号率", "逾期未销号");
            case OVERDUE -> List.of("序号", "村（社区）", "编号", "事项名称", "整改期限", "逾期天数");
            case LETTER -> List.of("村（社区）", "应签", "已签订", "已公示", "已评议", "逾期未签");
            case ARCHIVE -> List.of("类别", "人次");
            default -> List.of();
        };
    }
}

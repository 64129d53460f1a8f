package cn.qinglian.portal.letter;

import java.util.List;

/** A year's summary table of letters: who signed, when, where published, the evaluation. */
public record LetterSummary(String title, String township, String printedAt, String printedBy, List<Row> rows) {

    public record Row(int number, String village, String name, String position, String status, String signedOn,
                      String publishedOn, String publishedWhere, String evaluation) {
    }
}

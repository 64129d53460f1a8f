package cn.qinglian.portal.letter;

import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The printed letters: one letter, a village's letters for a signing meeting (one per page, in post order),
 * and a year's summary table as PDF or xlsx. Only letters the reader may see are printed.
 */
@Service
public class LetterPrinting {

    /** Left blank for the hand-written date next to the signature. */
    static final String HAND_DATE = "年　　月　　日";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final LetterService reads;
    private final LetterReport report;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    LetterPrinting(LetterService reads, LetterReport report, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.reads = reads;
        this.report = report;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long letterId) {
        return report.pdf(reads.print(letterId).orElseThrow(() -> new RecordNotFoundException("承诺书")));
    }

    /** The letters of a village and year, one per page in post order; progress hears (letters done, total). */
    @Transactional(readOnly = true)
    public byte[] villageBatch(long villageId, int year, BiConsumer<Integer, Integer> progress) {
        List<LetterPrint> prints = reads.prints(LetterFilter.year(year).withVillage(villageId));
        if (prints.isEmpty()) {
            throw new ValidationFailedException("villageId", "该村居没有" + year + "年度的承诺书，请先生成");
        }
        return report.batchPdf(prints, progress);
    }

    @Transactional(readOnly = true)
    public byte[] summaryPdf(LetterFilter filter) {
        return report.summaryPdf(summary(filter));
    }

    @Transactional(readOnly = true)
    public byte[] summaryXlsx(LetterFilter filter) {
        return report.summaryXlsx(summary(filter));
    }

    /** The rows of the summary table: the filter's letters in print order. */
    @Transactional(readOnly = true)
    public LetterSummary summary(LetterFilter filter) {
        List<LetterSummary.Row> rows = new ArrayList<>();
        java.util.Set<Long> villages = new java.util.HashSet<>();
        reads.forEach(filter, r -> {
            villages.add(r.villageId());
            rows.add(new LetterSummary.Row(rows.size() + 1, r.villageName(), r.cadreName(), r.positionTitle(),
                    r.overdue() ? "逾期未签" : r.status().label(), LetterDates.textOrBlank(r.signedOn()),
                    LetterDates.textOrBlank(r.publishedOn()), r.publishedWhere() == null ? "" : r.publishedWhere(),
                    r.evaluation() == null ? "" : r.evaluation().label()));
        });
        String township = villages.isEmpty() ? "" : String.join("、", jdbc.sql("SELECT DISTINCT t.name FROM township t"
                        + " JOIN village v ON v.township_id = t.id WHERE v.id IN (:v) ORDER BY t.name")
                .param("v", List.copyOf(villages)).query(String.class).list());
        String year = filter.year() == null ? "" : filter.year() + "年度";
        return new LetterSummary(year + "廉洁承诺书签订及践诺评议情况汇总表", township,
                PRINTED.format(LocalDateTime.now(clock)), currentUser.require().displayName(), rows);
    }

    static LetterPrint print(String title, String salutation, String preamble, String pledges, String closing,
                             String name, String village, String position, String township, int year) {
        return new LetterPrint(title, salutation, String.join("\n", LetterText.lines(preamble)), LetterText.lines(pledges),
                String.join("\n", LetterText.lines(closing)), name, village, position, township, year, HAND_DATE);
    }
}

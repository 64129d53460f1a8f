package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.ArchiveCard;
import cn.qinglian.portal.cadre.ArchiveCardReport;
import cn.qinglian.portal.cadre.ArchiveCardService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code archive_card_pdf_ms}: one 廉洁档案卡 as PDF, warm (template compiled, fonts loaded): the card
 * assembled for the reader, then rendered, for a cadre with 100 archive entries.
 */
final class ArchiveCardPdf implements Measure {

    static final int WARM_UP = 5;
    static final int MIN_RUNS = 10;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        ArchiveCardService cards = app.getBean(ArchiveCardService.class);
        ArchiveCardReport report = app.getBean(ArchiveCardReport.class);
        long cadre = Objects.requireNonNull(app.getBean(JdbcTemplate.class).queryForObject("""
                SELECT cadre_id FROM archive_entry GROUP BY cadre_id ORDER BY ABS(COUNT(*) - 100), cadre_id LIMIT 1""",
                Long.class));
        int runs = Math.max(MIN_RUNS, env.runs());
        List<Double> assemble = new ArrayList<>();
        int[] size = new int[2];
        List<Double> samples = app.getBean(SecurityFixture.class).as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(WARM_UP, runs, i -> {
                    long started = System.nanoTime();
                    ArchiveCard card = cards.card(cadre);
                    assemble.add(Timing.ms(started));
                    byte[] pdf = report.pdf(card);
                    size[0] = card.entries().size();
                    size[1] = pdf.length;
                }));
        double card = Figures.median(assemble.subList(WARM_UP, assemble.size()));
        Bench.log("archive card of cadre %d: %d entries, %d KB PDF; card assembly %.1f ms, PDF %.1f ms (medians)"
                .formatted(cadre, size[0], size[1] / 1024, card, Figures.median(samples) - card));
        figures.putMedian("archive_card_pdf_ms", samples);
    }
}

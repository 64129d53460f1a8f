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
 * {@code archive_card_batch30_ms}: the cards of a village's 30 serving cadres in one PDF, as the
 * village batch print does it: the village's serving cadres, their 30 cards, one PDF. Warm.
 */
final class ArchiveCardBatch implements Measure {

    static final int CARDS = 30;
    static final int WARM_UP = 2;
    static final int MIN_RUNS = 3;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        ArchiveCardService cards = app.getBean(ArchiveCardService.class);
        ArchiveCardReport report = app.getBean(ArchiveCardReport.class);
        long village = Objects.requireNonNull(app.getBean(JdbcTemplate.class).queryForObject("""
                SELECT village_id FROM cadre WHERE status = 'SERVING'
                GROUP BY village_id ORDER BY COUNT(*) DESC, village_id LIMIT 1""", Long.class));
        int runs = Math.max(MIN_RUNS, env.runs());
        List<double[]> steps = new ArrayList<>(); // ms: serving cadres, cards, PDF
        int[] size = new int[2];
        List<Double> samples = app.getBean(SecurityFixture.class).as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(WARM_UP, runs, i -> {
                    long started = System.nanoTime();
                    List<Long> ids = cards.servingCadresOf(village);
                    if (ids.size() < CARDS) {
                        throw new IllegalStateException("village " + village + " has " + ids.size() + " serving cadres");
                    }
                    double listed = Timing.ms(started);
                    List<ArchiveCard> batch = ids.subList(0, CARDS).stream().map(cards::card).toList();
                    double assembled = Timing.ms(started);
                    byte[] pdf = report.batchPdf(batch, (done, total) -> { });
                    steps.add(new double[]{listed, assembled - listed, Timing.ms(started) - assembled});
                    size[0] = batch.stream().mapToInt(c -> c.entries().size()).sum();
                    size[1] = pdf.length;
                }));
        List<double[]> timed = steps.subList(WARM_UP, steps.size());
        Bench.log("archive card batch of village %d: %d cards, %d entries, %d KB PDF; serving cadres %.0f ms, "
                .formatted(village, CARDS, size[0], size[1] / 1024, median(timed, 0))
                + "cards %.0f ms, PDF %.0f ms (medians)".formatted(median(timed, 1), median(timed, 2)));
        figures.putMedian("archive_card_batch30_ms", samples);
    }

    private static double median(List<double[]> steps, int step) {
        return Figures.median(steps.stream().map(s -> s[step]).toList());
    }
}

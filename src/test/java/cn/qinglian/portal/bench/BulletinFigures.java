package cn.qinglian.portal.bench;

import cn.qinglian.portal.bulletin.BulletinService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly bulletin of one township of the district-scale dataset (after the clearance figures: ~10,500
 * items, its letters and archive entries), as its DISCIPLINE clerk drafts and issues it:
 * {@code bulletin_pdf_first_ms} the first PDF of the bulletin template in this application (template
 * compiled, the chart's font loaded; the report fonts were loaded by earlier figures),
 * {@code bulletin_pdf_warm_ms} the draft's PDF again (figures aggregated and the document rendered),
 * {@code bulletin_aggregate_ms} the month's figures alone ({@code BulletinService.data}),
 * {@code bulletin_open_issued_ms} opening the issued bulletin (its stored PDF bytes).
 */
final class BulletinFigures implements Measure {

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        String clerk = ClearanceBench.disciplineClerk(app);
        BulletinService service = app.getBean(BulletinService.class);
        YearMonth month = YearMonth.now(app.getBean(java.time.Clock.class)).minusMonths(1);
        app.getBean(SecurityFixture.class).as(clerk, () -> {
            long id = service.createDraft(month.getYear(), month.getMonthValue());
            long started = System.nanoTime();
            byte[] first = service.pdf(id);
            figures.put("bulletin_pdf_first_ms", Math.round(Timing.ms(started) * 100) / 100.0);
            Bench.log("bulletin draft %d: %d KB PDF".formatted(id, first.length / 1024));
            List<Double> warm = Timing.samples(2, Math.max(5, env.runs()), i -> service.pdf(id));
            figures.putMedian("bulletin_pdf_warm_ms", warm);
            List<Double> aggregate = Timing.samples(5, Math.max(20, env.runs()), i -> {
                if (service.data(month.getYear(), month.getMonthValue()).villages().isEmpty()) {
                    throw new IllegalStateException("no villages in the bulletin");
                }
            });
            figures.putMedian("bulletin_aggregate_ms", aggregate);
            service.issue(id, service.detail(id).orElseThrow().row().version());
            List<Double> open = Timing.samples(5, Math.max(20, env.runs()), i -> service.pdf(id));
            figures.putMedian("bulletin_open_issued_ms", open);
            return null;
        });
    }
}

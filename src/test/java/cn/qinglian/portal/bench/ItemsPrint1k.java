package cn.qinglian.portal.bench;

import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceListReport;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code items_print_1k_ms}: the formal table PDF of one batch of a township (about 1,050 items, ~25
 * pages), read and printed for the township's DISCIPLINE clerk; template compiled and fonts loaded
 * in the warm-up.
 */
final class ItemsPrint1k implements Measure {

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        String clerk = ClearanceBench.disciplineClerk(app);
        ClearanceFilter filter = ClearanceFilter.ALL.withBatch(ClearanceDataset.batch(3));
        ClearanceListReport report = app.getBean(ClearanceListReport.class);
        List<Double> samples = app.getBean(SecurityFixture.class).as(clerk, () -> {
            Bench.log("items print: " + app.getBean(ClearanceService.class).count(filter) + " items");
            return Timing.samples(2, Math.max(3, env.runs()), i -> {
                if (report.pdf(filter).length < 10_000) {
                    throw new IllegalStateException("the printed list is empty");
                }
            });
        });
        figures.putMedian("items_print_1k_ms", samples);
    }
}

package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.WorkKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code my_work_ms}: "my work" on sign-in for a township's DISCIPLINE clerk: the three counts (as the
 * navigation shows them) and the first page of items waiting for verification.
 */
final class MyWorkMeasure implements Measure {

    @Override
    public String name() {
        return "MyWork";
    }

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        String clerk = ClearanceBench.disciplineClerk(app);
        ClearanceService service = app.getBean(ClearanceService.class);
        List<Double> samples = app.getBean(SecurityFixture.class).as(clerk, () -> Timing.samples(10, Math.max(20, env.runs()),
                i -> {
                    var work = service.myWork();
                    var rows = service.work(WorkKind.VERIFY, new PageQuery(0, 50, List.of(new PageQuery.Sort("deadline", true))));
                    if (work.toVerify() == 0 || rows.isEmpty()) {
                        throw new IllegalStateException("nothing to verify: the dataset is not what the bench expects");
                    }
                }));
        figures.putMedian("my_work_ms", samples);
    }
}

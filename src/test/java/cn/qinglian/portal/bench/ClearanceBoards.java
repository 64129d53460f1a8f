package cn.qinglian.portal.bench;

import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code clearance_boards_ms}: the three clearance boards (by batch, village and office) of a
 * township (~10,500 items) as its DISCIPLINE clerk opens 见底清零.
 */
final class ClearanceBoards implements Measure {

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        String clerk = ClearanceBench.disciplineClerk(app);
        ClearanceService service = app.getBean(ClearanceService.class);
        List<Double> samples = app.getBean(SecurityFixture.class).as(clerk, () -> Timing.samples(10, Math.max(20, env.runs()),
                i -> {
                    var boards = service.boards(null);
                    if (boards.byBatch().isEmpty() || boards.byVillage().isEmpty() || boards.byOffice().isEmpty()) {
                        throw new IllegalStateException("empty clearance boards");
                    }
                }));
        figures.putMedian("clearance_boards_ms", samples);
    }
}

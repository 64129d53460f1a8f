package cn.qinglian.portal.bench;

import cn.qinglian.portal.dashboard.Dashboard;
import cn.qinglian.portal.dashboard.DashboardService;
import cn.qinglian.portal.dashboard.PeriodKind;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code dashboard_data_ms}: all the dashboard's figures (key figures, lights of 300 villages, trend,
 * sources, categories) for a district LEADER over the whole district (200,000 items, 3,000 cadres):
 * the median of the slowest period (month, quarter or year).
 */
final class DashboardData implements Measure {

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        ClearanceDataset.ensure(app);
        SecurityFixture security = app.getBean(SecurityFixture.class);
        String leader = security.user(Role.LEADER, ScopeKind.DISTRICT, null);
        DashboardService service = app.getBean(DashboardService.class);
        double slowest = 0;
        for (PeriodKind kind : PeriodKind.values()) {
            List<Double> samples = security.as(leader, () -> Timing.samples(3, Math.max(10, env.runs()), i -> {
                Dashboard d = service.load(kind, null);
                if (d.clearance().total() < 100_000 || d.villages().size() < 300) {
                    throw new IllegalStateException("the dashboard does not see the district: " + d.clearance().total()
                            + " items, " + d.villages().size() + " villages");
                }
            }));
            slowest = Math.max(slowest, Figures.median(samples));
        }
        figures.put("dashboard_data_ms", Math.round(slowest * 10) / 10.0);
    }
}

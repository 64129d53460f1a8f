package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceRow;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ClearanceStatus;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code items_grid_page_ms}: one page of the clearance item grid as {@code PagedGrid} asks after a
 * filter change (count, then 50 rows sorted by deadline): items 整改中 (in progress) of the whole
 * district (200,000 items, ~30,000 match), read by the district DISCIPLINE user; the timed pages walk
 * through the first 20 pages.
 */
final class ItemsGridPage implements Measure {

    static final ClearanceFilter FILTER = ClearanceFilter.ALL.withStatus(ClearanceStatus.IN_PROGRESS);
    static final List<PageQuery.Sort> SORT = List.of(new PageQuery.Sort("deadline", true));
    static final int PAGE_SIZE = 50;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        ClearanceBench.township(app);
        ClearanceService service = app.getBean(ClearanceService.class);
        int runs = Math.max(20, env.runs());
        List<Double> samples = app.getBean(SecurityFixture.class).as(DatasetGenerator.DISTRICT_DISCIPLINE, () -> {
            Bench.log("items grid: " + service.count(FILTER) + " of " + service.count(ClearanceFilter.ALL) + " items match");
            return Timing.samples(20, runs, i -> {
                int count = service.count(FILTER);
                List<ClearanceRow> rows = service.list(FILTER, new PageQuery((i % 20) * PAGE_SIZE, PAGE_SIZE, SORT));
                if (count == 0 || rows.size() != PAGE_SIZE) {
                    throw new IllegalStateException("the item grid came back short: the dataset is not what the bench expects");
                }
            });
        });
        figures.putMedian("items_grid_page_ms", samples);
    }
}

package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.cadre.CadreFilter;
import cn.qinglian.portal.cadre.CadreRow;
import cn.qinglian.portal.cadre.CadreService;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * {@code cadre_grid_page_ms}: server time of one page of the cadre list at district scale, as
 * {@code PagedGrid} asks after a filter change (the count, then 50 rows): serving cadres whose name
 * contains「王」, sorted by name, read by a district DISCIPLINE user (ID numbers in full).
 */
final class CadreGridPage implements Measure {

    static final CadreFilter FILTER = CadreFilter.ALL.withStatus(CadreStatus.SERVING).withName("王");
    static final List<PageQuery.Sort> SORT = List.of(new PageQuery.Sort("name", true));
    static final int PAGE_SIZE = 50;
    static final int WARM_UP = 20;
    static final int MIN_RUNS = 20;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        CadreService cadres = app.getBean(CadreService.class);
        int runs = Math.max(MIN_RUNS, env.runs());
        List<Double> samples = app.getBean(SecurityFixture.class).as(DatasetGenerator.DISTRICT_DISCIPLINE, () -> {
            int matching = cadres.count(FILTER);
            int pages = Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
            Bench.log("cadre grid: " + matching + " of " + cadres.count(CadreFilter.ALL) + " cadres match, " + pages
                    + " pages; " + WARM_UP + " warm-up and " + runs + " timed pages");
            // walk the pages: not only the first one
            return Timing.samples(WARM_UP, runs, i -> page(cadres, i % pages));
        });
        figures.putMedian("cadre_grid_page_ms", samples);
    }

    private static void page(CadreService cadres, int page) {
        int count = cadres.count(FILTER);
        List<CadreRow> rows = cadres.list(FILTER, new PageQuery(page * PAGE_SIZE, PAGE_SIZE, SORT));
        if (count == 0 || rows.isEmpty()) {
            throw new IllegalStateException("the cadre grid came back empty: the dataset is not what the bench expects");
        }
    }
}

package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.security.SecurityFixture;
import cn.qinglian.portal.security.UserFilter;
import cn.qinglian.portal.security.UserRow;
import cn.qinglian.portal.security.UserService;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code users_grid_page_ms}: server time of one page of the users grid at district scale, signed in
 * as an administrator of the whole district, filtered by a common surname and sorted by name. One
 * page is what {@code PagedGrid} asks of {@code UsersView}'s source after a filter change: the count,
 * then 50 rows.
 */
final class UsersGridPage implements Measure {

    static final UserFilter FILTER = new UserFilter("王", null, null, null, null, null);
    static final List<PageQuery.Sort> SORT = List.of(new PageQuery.Sort("displayName", true));
    static final int PAGE_SIZE = 50;
    static final int WARM_UP = 20;
    static final int MIN_RUNS = 20;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        UserService users = app.getBean(UserService.class);
        // SecurityFixture is a test component: component scanning finds it on the test classpath
        SecurityFixture security = app.getBean(SecurityFixture.class);
        int runs = Math.max(MIN_RUNS, env.runs());
        List<Double> samples = security.as(DatasetGenerator.DISTRICT_ADMIN, () -> {
            int matching = users.count(FILTER);
            int pages = Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
            Bench.log("users grid: " + matching + " of " + users.count(UserFilter.ALL) + " users match, "
                    + pages + " pages; " + WARM_UP + " warm-up and " + runs + " timed pages");
            for (int i = 0; i < WARM_UP; i++) {
                page(users, i % pages);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(page(users, i % pages)); // walk the pages: not only the first one
            }
            return times;
        });
        figures.putMedian("users_grid_page_ms", samples);
    }

    private static double page(UserService users, int page) {
        long started = System.nanoTime();
        int count = users.count(FILTER);
        List<UserRow> rows = users.list(FILTER, new PageQuery(page * PAGE_SIZE, PAGE_SIZE, SORT));
        double ms = (System.nanoTime() - started) / 1e6;
        if (count == 0 || rows.isEmpty()) {
            throw new IllegalStateException("the users grid came back empty: the dataset is not what the bench expects");
        }
        return ms;
    }
}

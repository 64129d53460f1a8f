package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * {@code cadre_timeline_ms}: server time of a cadre's archive timeline (all kinds, ~100 entries,
 * newest first, with attachments), each call for another cadre spread over the register.
 */
final class CadreTimeline implements Measure {

    static final int WARM_UP = 10;
    static final int MIN_RUNS = 20;
    /** A timeline must show the archive the dataset gave every cadre (70–130 entries). */
    static final int MIN_ENTRIES = 70;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        ArchiveService archive = app.getBean(ArchiveService.class);
        int runs = Math.max(MIN_RUNS, env.runs());
        List<Long> ids = app.getBean(JdbcTemplate.class).queryForList("SELECT id FROM cadre ORDER BY id", Long.class);
        int calls = WARM_UP + runs;
        List<Double> samples = app.getBean(SecurityFixture.class).as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(WARM_UP, runs, i -> {
                    long cadre = ids.get((int) ((long) i * ids.size() / calls));
                    int items = archive.timeline(cadre, null).size();
                    if (items < MIN_ENTRIES) {
                        throw new IllegalStateException("cadre " + cadre + " has a timeline of " + items + " entries");
                    }
                }));
        Bench.log("cadre timeline: " + WARM_UP + " warm-up and " + runs + " timed timelines of different cadres");
        figures.putMedian("cadre_timeline_ms", samples);
    }
}

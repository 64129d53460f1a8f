package cn.qinglian.portal.bench;

import cn.qinglian.portal.base.ImportResult;
import cn.qinglian.portal.cadre.RosterImport;
import cn.qinglian.portal.organisation.OrgUnit;
import cn.qinglian.portal.organisation.VillageService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code roster_import_10k_ms}: a 10,000-row roster upload end to end: read, every row validated,
 * ID numbers checked against the register, all stored in one transaction with the audit entries.
 * Each run imports 10,000 new cadres (so the register grows by 10,000 a run: this measure runs
 * after the other cadre figures). The workbooks are built before the clock starts.
 */
final class RosterImport10k implements Measure {

    static final int ROWS = 10_000;
    static final int WARM_UP = 1;
    static final int MIN_RUNS = 3;

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        RosterImport roster = app.getBean(RosterImport.class);
        SecurityFixture security = app.getBean(SecurityFixture.class);
        int runs = Math.max(MIN_RUNS, env.runs());
        // village names repeat across townships: a district user must write 乡镇 · 村居, as the template does
        List<String> villages = security.as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                app.getBean(VillageService.class).choices().stream().map(OrgUnit::fullName).toList());
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
            files.add(RosterFile.xlsx(villages, i * ROWS, ROWS));
        }
        Bench.log("roster import: %d files of %d rows (%d KB each), %d warm-up and %d timed imports"
                .formatted(files.size(), ROWS, files.getFirst().length / 1024, WARM_UP, runs));
        List<Double> samples = security.as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(WARM_UP, runs, i -> {
                    long started = System.nanoTime();
                    ImportResult result = roster.run(files.get(i), "干部名单-" + i + ".xlsx");
                    if (!result.stored() || result.created() != ROWS) {
                        throw new IllegalStateException("roster import " + i + " did not create " + ROWS + " cadres: "
                                + result.refusal() + " " + result.problems().stream().limit(5).toList());
                    }
                    Bench.log("roster import %d: %.0f ms".formatted(i, Timing.ms(started)));
                }));
        figures.putMedian("roster_import_10k_ms", samples);
    }
}

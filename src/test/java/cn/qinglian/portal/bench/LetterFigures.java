package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.letter.GenerationRequest;
import cn.qinglian.portal.letter.GenerationResult;
import cn.qinglian.portal.letter.LetterGeneration;
import cn.qinglian.portal.letter.LetterPrinting;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.letter.LetterTemplateDraft;
import cn.qinglian.portal.letter.LetterTemplateService;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The commitment-letter figures at district scale (3,000 serving cadres in 20 townships), signed in as
 * {@code bench_district_discipline}:
 * <ul>
 * <li>{@code letters_generate_year_ms}: {@link LetterGeneration#generate} of a year's letters for every
 * serving cadre (templates of the 3 groups in each township made first); before each run the year's
 * letters are deleted, untimed, so every run writes them all. 1 warm-up, then max(runs, 3) timed.</li>
 * <li>{@code letters_batch30_pdf_ms}: {@link LetterPrinting#villageBatch} of the village with the most
 * letters (30): one PDF, one letter per page. 2 warm-up, then max(runs, 3) timed.</li>
 * <li>{@code letters_board_ms}: {@link LetterService#board} of the year over every village of the
 * district. 10 warm-up, then max(runs, 20) timed.</li>
 * </ul>
 */
final class LetterFigures implements Measure {

    @Override
    public void run(BenchEnv env, Figures figures) {
        ConfigurableApplicationContext app = env.app();
        SecurityFixture security = app.getBean(SecurityFixture.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        LetterGeneration generation = app.getBean(LetterGeneration.class);
        int year = LocalDate.now().getYear();
        security.as(DatasetGenerator.DISTRICT_DISCIPLINE, () -> templates(app, jdbc, year));

        GenerationRequest request = new GenerationRequest(year, LocalDate.now().plusMonths(2), Set.of(), Set.of());
        int runs = Math.max(3, env.runs());
        List<Double> generate = new ArrayList<>();
        int[] created = new int[1];
        for (int i = 0; i < 1 + runs; i++) {
            jdbc.update("DELETE s FROM letter_step s JOIN commitment_letter l ON l.id = s.letter_id WHERE l.year = ?", year);
            jdbc.update("DELETE FROM commitment_letter WHERE year = ?", year);
            long started = System.nanoTime();
            GenerationResult result = security.as(DatasetGenerator.DISTRICT_DISCIPLINE,
                    () -> generation.generate(request, (d, t) -> { }));
            if (i > 0) {
                generate.add(Timing.ms(started));
            }
            created[0] = result.created();
        }
        Bench.log("letters generated per run: " + created[0]);
        figures.putMedian("letters_generate_year_ms", generate);

        LetterPrinting printing = app.getBean(LetterPrinting.class);
        long village = Objects.requireNonNull(jdbc.queryForObject("""
                SELECT village_id FROM commitment_letter WHERE year = ?
                GROUP BY village_id ORDER BY COUNT(*) DESC, village_id LIMIT 1""", Long.class, year));
        int[] size = new int[2];
        figures.putMedian("letters_batch30_pdf_ms", security.as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(2, Math.max(3, env.runs()), i -> {
                    byte[] pdf = printing.villageBatch(village, year, (done, total) -> size[0] = total);
                    size[1] = pdf.length;
                })));
        Bench.log("letter batch of village %d: %d letters, %d KB".formatted(village, size[0], size[1] / 1024));

        LetterService letters = app.getBean(LetterService.class);
        figures.putMedian("letters_board_ms", security.as(DatasetGenerator.DISTRICT_DISCIPLINE, () ->
                Timing.samples(10, Math.max(20, env.runs()), i -> letters.board(year))));
    }

    private static Void templates(ConfigurableApplicationContext app, JdbcTemplate jdbc, int year) {
        LetterTemplateService templates = app.getBean(LetterTemplateService.class);
        for (Long township : jdbc.queryForList("SELECT id FROM township ORDER BY id", Long.class)) {
            for (PositionGroup group : PositionGroup.values()) {
                boolean exists = templates.list(year).stream()
                        .anyMatch(t -> t.townshipId() == township && t.positionGroup() == group);
                if (!exists) {
                    LetterTemplateDraft d = templates.newDraft(year, group);
                    d.setTownshipId(township);
                    templates.save(d);
                }
            }
        }
        return null;
    }
}

package cn.qinglian.portal.letter;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Set;

/** Test data for letters: a year's templates (once per schema) and generation for one village. */
@Component
public class LetterFixture {

    private final SecurityFixture security;
    private final CadreFixture cadres;
    private final LetterTemplateService templates;
    private final LetterGeneration generation;
    private final JdbcClient jdbc;

    public LetterFixture(SecurityFixture security, CadreFixture cadres, LetterTemplateService templates,
                         LetterGeneration generation, JdbcClient jdbc) {
        this.security = security;
        this.cadres = cadres;
        this.templates = templates;
        this.generation = generation;
        this.jdbc = jdbc;
    }

    /** The default templates of every group for the year, created unless they exist. */
    public void templates(int year) {
        for (PositionGroup g : PositionGroup.values()) {
            template(year, g);
        }
    }

    public LetterTemplate template(int year, PositionGroup group) {
        return security.as(cadres.discipline(), () -> templates.list(year).stream()
                .filter(t -> t.positionGroup() == group).findFirst()
                .orElseGet(() -> templates.save(templates.newDraft(year, group))));
    }

    /** Generates the year's letters of one village (templates made first), as DISCIPLINE. */
    public GenerationResult generate(int year, long villageId) {
        templates(year);
        return security.as(cadres.discipline(), () -> generation.generate(
                new GenerationRequest(year, LocalDate.now(BaseConfiguration.ZONE).plusMonths(1), Set.of(villageId), Set.of()), (d, t) -> { }));
    }

    /** The letter of a cadre and year. */
    public long letterOf(long cadreId, int year) {
        return jdbc.sql("SELECT id FROM commitment_letter WHERE cadre_id = :c AND year = :y")
                .param("c", cadreId).param("y", year).query(Long.class).single();
    }

    /** A tiny valid PNG, standing in for a scan. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}

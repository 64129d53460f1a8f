package cn.qinglian.portal.demo;

import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.letter.CommitmentLetter;
import cn.qinglian.portal.letter.Evaluation;
import cn.qinglian.portal.letter.GenerationRequest;
import cn.qinglian.portal.letter.LetterFilter;
import cn.qinglian.portal.letter.LetterGeneration;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.letter.LetterSteps;
import cn.qinglian.portal.letter.LetterTemplateService;
import cn.qinglian.portal.letter.PublicationDraft;
import cn.qinglian.portal.letter.ReviewDraft;
import cn.qinglian.portal.letter.SigningDraft;
import cn.qinglian.portal.security.RunAs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This year's commitment letters of the demo township, made through the letter services as the demo
 * 党建办 account: templates, generation, then most signed, many published, a few reviewed; the letters of
 * the last village are left unsigned past their deadline so the board shows 逾期.
 */
@Component
class DemoLetters {

    /** A 1×1 PNG standing in for the scans of the signed letters. */
    private static final byte[] SCAN = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final RunAs runAs;
    private final LetterTemplateService templates;
    private final LetterGeneration generation;
    private final LetterService letters;
    private final LetterSteps steps;
    private final JdbcClient jdbc;

    DemoLetters(RunAs runAs, LetterTemplateService templates, LetterGeneration generation, LetterService letters,
                LetterSteps steps, JdbcClient jdbc) {
        this.runAs = runAs;
        this.templates = templates;
        this.generation = generation;
        this.letters = letters;
        this.steps = steps;
        this.jdbc = jdbc;
    }

    int seed(List<Long> villages, LocalDate today) {
        return runAs.as("dangjian", () -> {
            int year = today.getYear();
            for (PositionGroup g : PositionGroup.values()) {
                templates.save(templates.newDraft(year, g));
            }
            int created = generation.generate(new GenerationRequest(year, today.plusDays(20), Set.of(), Set.of()),
                    (d, t) -> { }).created();
            // the demo tells of letters handed out a month ago: signing dates may not precede the letter's date
            jdbc.sql("UPDATE commitment_letter SET letter_date = :d WHERE year = :y")
                    .params(Map.of("d", today.minusDays(30), "y", year)).update();
            List<Long> signedVillages = villages.subList(0, villages.size() - 1);
            int n = 0;
            for (long id : letters.ids(LetterFilter.year(year))) {
                CommitmentLetter l = letters.get(id).orElseThrow();
                if (!signedVillages.contains(l.villageId()) || n++ % 5 == 4) {
                    continue; // the last village and every fifth cadre have not signed yet
                }
                l = steps.sign(id, l.version(), signing(today.minusDays(10 + n % 7)));
                if (n % 3 != 0) {
                    l = steps.publish(id, l.version(), publication(today.minusDays(3 + n % 5), n));
                    if (n % 4 == 1) {
                        steps.review(id, l.version(), review(today, n));
                    }
                }
            }
            // the last village missed its deadline: letters are made with a future deadline, so move it back
            jdbc.sql("UPDATE commitment_letter SET deadline = :d WHERE year = :y AND village_id = :v")
                    .params(Map.of("d", today.minusDays(5), "y", year, "v", villages.getLast())).update();
            return created;
        });
    }

    private static SigningDraft signing(LocalDate on) {
        SigningDraft d = new SigningDraft();
        d.setSignedOn(on);
        d.setScan("承诺书签字扫描件.png", SCAN);
        return d;
    }

    private static PublicationDraft publication(LocalDate on, int n) {
        PublicationDraft d = new PublicationDraft();
        d.setPublishedOn(on);
        d.setPlace(n % 2 == 0 ? "村务公开栏" : "村（社区）微信群");
        return d;
    }

    private static ReviewDraft review(LocalDate on, int n) {
        ReviewDraft d = new ReviewDraft();
        d.setSelfReport("对照承诺事项逐条自查，全年严格执行村级民主决策程序，未发生违反承诺的情况。");
        d.setEvaluation(n % 8 == 1 ? Evaluation.EXCELLENT : Evaluation.QUALIFIED);
        d.setEvaluator("镇党委");
        d.setReviewedOn(on);
        return d;
    }
}

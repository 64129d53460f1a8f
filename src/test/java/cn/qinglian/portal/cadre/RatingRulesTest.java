package cn.qinglian.portal.cadre;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RatingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static ArchiveEntry entry(ArchiveKind kind, LocalDate date, @Nullable DisciplineForm form,
                                      @Nullable LocalDate influenceUntil, @Nullable PetitionStatus petition,
                                      @Nullable String grade, boolean revoked) {
        return new ArchiveEntry(1L, 1, 1, 1, kind, date, kind.label() + "事项", null, null, null, grade, "X纪〔2026〕1号",
                null, form, form == null ? null : form.measures().getFirst(), influenceUntil, petition, revoked, null, 0,
                "t", LocalDateTime.now(), LocalDateTime.now(), null);
    }

    @Test
    void noRecordsIsGreenWithAReason() {
        RatingSuggestion s = RatingRules.suggest(List.of(entry(ArchiveKind.PERFORMANCE, TODAY, null, null, null, null, false)), TODAY);
        assertThat(s.colour()).isEqualTo(IntegrityColour.GREEN);
        assertThat(s.reasons()).containsExactly("绿：档案中没有影响廉洁评价的记录");
    }

    @Test
    void sanctionsColourByFormWhileTheirInfluencePeriodRuns() {
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusMonths(3), DisciplineForm.THIRD,
                TODAY.plusMonths(9), null, null, false)), TODAY).colour()).isEqualTo(IntegrityColour.RED);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusMonths(3), DisciplineForm.SECOND,
                TODAY.plusMonths(3), null, null, false)), TODAY).colour()).isEqualTo(IntegrityColour.ORANGE);
        // the period has run out: it no longer counts
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusYears(3), DisciplineForm.FOURTH,
                TODAY.minusDays(1), null, null, false)), TODAY).colour()).isEqualTo(IntegrityColour.GREEN);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusMonths(2), DisciplineForm.FIRST,
                null, null, null, false)), TODAY).colour()).isEqualTo(IntegrityColour.YELLOW);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusMonths(13), DisciplineForm.FIRST,
                null, null, null, false)), TODAY).colour()).isEqualTo(IntegrityColour.GREEN);
    }

    @Test
    void petitionsTalksAssessmentsAndRevokedEntries() {
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.PETITION, TODAY, null, null, PetitionStatus.OPEN, null, false)), TODAY)
                .colour()).isEqualTo(IntegrityColour.YELLOW);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.PETITION, TODAY.minusMonths(6), null, null, PetitionStatus.VERIFIED, null, false)), TODAY)
                .colour()).isEqualTo(IntegrityColour.ORANGE);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.PETITION, TODAY, null, null, PetitionStatus.UNFOUNDED, null, false)), TODAY)
                .colour()).isEqualTo(IntegrityColour.GREEN);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.TALK, TODAY.minusMonths(1), null, null, null, null, false)), TODAY)
                .colour()).isEqualTo(IntegrityColour.YELLOW);
        assertThat(RatingRules.suggest(List.of(entry(ArchiveKind.INTEGRITY_ASSESSMENT, TODAY, null, null, null, "橙", false)), TODAY)
                .colour()).isEqualTo(IntegrityColour.ORANGE);
        RatingSuggestion revoked = RatingRules.suggest(List.of(entry(ArchiveKind.ACCOUNTABILITY, TODAY, DisciplineForm.FOURTH,
                TODAY.plusYears(1), null, null, true)), TODAY);
        assertThat(revoked.colour()).isEqualTo(IntegrityColour.GREEN);
    }

    @Test
    void theMostSeriousRuleWinsAndEveryRuleIsAReason() {
        RatingSuggestion s = RatingRules.suggest(List.of(
                entry(ArchiveKind.TALK, TODAY.minusMonths(1), null, null, null, null, false),
                entry(ArchiveKind.ACCOUNTABILITY, TODAY.minusMonths(1), DisciplineForm.THIRD, TODAY.plusYears(1), null, null, false)), TODAY);
        assertThat(s.colour()).isEqualTo(IntegrityColour.RED);
        assertThat(s.reasons()).hasSize(2).anyMatch(r -> r.startsWith("红：")).anyMatch(r -> r.startsWith("黄："));
    }
}

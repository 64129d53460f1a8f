package cn.qinglian.portal.cadre;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class})
class CadreArchiveTest {

    @Autowired SecurityFixture security;
    @Autowired CadreFixture fixture;
    @Autowired CadreService cadres;
    @Autowired ArchiveService archive;
    @Autowired IntegrityRatingService ratings;
    @Autowired EligibilityReviewService eligibility;
    @Autowired ArchiveCardService cards;
    @Autowired ArchiveCardReport cardReport;

    long villageA;
    long villageB;
    Cadre inA;
    Cadre inB;

    @BeforeEach
    void twoVillagesWithACadreEach() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        villageA = security.village("甲村" + tag);
        villageB = security.village("乙村" + tag);
        inA = fixture.cadre(villageA, "王堃" + tag, Position.PARTY_SECRETARY, Position.DIRECTOR);
        inB = fixture.cadre(villageB, "李喆" + tag, Position.SUPERVISION_DIRECTOR);
    }

    private ArchiveEntryDraft entry(Cadre c, ArchiveKind kind, String title) {
        ArchiveEntryDraft d = new ArchiveEntryDraft();
        d.setCadreId(c.id());
        d.setKind(kind);
        d.setEntryDate(LocalDate.now(BaseConfiguration.ZONE).minusDays(10));
        d.setTitle(title);
        return d;
    }

    @Test
    void aVillageUserCannotReachAnotherVillagesCadreByAnyPath() {
        ArchiveEntry e = security.as(fixture.discipline(), () -> archive.save(entry(inB, ArchiveKind.TALK, "廉政约谈")));
        var file = security.as(fixture.discipline(), () -> archive.attach(e.id(), "谈话记录.pdf",
                "%PDF-1.4 minimal".getBytes(StandardCharsets.US_ASCII)));
        String clerkA = security.user(Role.VILLAGE, ScopeKind.VILLAGE, villageA);
        security.as(clerkA, () -> {
            assertThat(cadres.list(CadreFilter.ALL, PageQuery.first(100))).extracting(CadreRow::id).containsExactly(inA.id());
            assertThat(cadres.detail(inB.id())).isEmpty();
            assertThat(cadres.visible(inB.id())).isFalse();
            assertThatThrownBy(() -> archive.timeline(inB.id(), null)).isInstanceOf(RecordNotFoundException.class);
            assertThat(archive.get(e.id())).isEmpty();
            assertThat(archive.download(file.id())).isEmpty();
            assertThatThrownBy(() -> ratings.history(inB.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> cards.card(inB.id())).isInstanceOf(RecordNotFoundException.class);
            // and may read, but not change, their own
            assertThat(cadres.detail(inA.id())).isPresent();
            assertThatThrownBy(() -> archive.save(entry(inA, ArchiveKind.TALK, "x"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cadres.save(CadreDraft.of(inA))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void idNumbersAreMaskedForEveryoneButDisciplineAndPartyOffice() {
        String full = inA.idNumber();
        String masked = IdCardNumber.mask(full);
        for (Role role : new Role[]{Role.DISCIPLINE, Role.PARTY_OFFICE}) {
            String user = security.user(role, ScopeKind.TOWNSHIP, security.township());
            security.as(user, () -> {
                assertThat(cadres.detail(inA.id()).orElseThrow().idNumberShown()).isEqualTo(full);
                assertThat(cards.card(inA.id()).idNumber()).isEqualTo(full);
            });
        }
        String office = security.user(Role.OFFICE, ScopeKind.OFFICE, security.office("镇农办"));
        String clerk = security.user(Role.VILLAGE, ScopeKind.VILLAGE, villageA);
        for (String user : new String[]{security.user(Role.LEADER, ScopeKind.TOWNSHIP, security.township()),
                security.user(Role.ADMIN, ScopeKind.TOWNSHIP, security.township()), office, clerk}) {
            security.as(user, () -> {
                CadreRow row = cadres.list(new CadreFilter(inA.name(), null, null, null, null, null, null, null), PageQuery.first(5)).getFirst();
                assertThat(row.idNumber()).isEqualTo(masked);
                assertThat(row.mobile()).isEqualTo("138****8000");
                assertThat(cadres.detail(inA.id()).orElseThrow().idNumberShown()).isEqualTo(masked);
                assertThat(cards.card(inA.id()).idNumber()).isEqualTo(masked);
            });
        }
    }

    @Test
    void thePrintedCardMasksTheIdNumberForAVillageClerk() throws Exception {
        String clerk = security.user(Role.VILLAGE, ScopeKind.VILLAGE, villageA);
        byte[] pdf = security.as(clerk, () -> cardReport.pdf(cards.card(inA.id())));
        String text = cn.qinglian.portal.report.PdfTools.text(cn.qinglian.portal.report.PdfTools.write("card-masked", pdf));
        assertThat(text).contains(IdCardNumber.mask(inA.idNumber())).doesNotContain(inA.idNumber()).contains(inA.name());
        assertThat(text).doesNotContain("尚未评估").contains("档案中没有影响廉洁评价的记录");
        byte[] full = security.as(fixture.discipline(), () -> cardReport.pdf(cards.card(inA.id())));
        assertThat(cn.qinglian.portal.report.PdfTools.text(cn.qinglian.portal.report.PdfTools.write("card-full", full)))
                .contains(inA.idNumber());
    }

    @Test
    void registerValidatesAndRejectsDuplicatesAndSearchesRareCharacters() {
        security.as(fixture.discipline(), () -> {
            CadreDraft dup = CadreDraft.of(inA);
            dup.setId(null);
            dup.setVersion(null);
            assertThatThrownBy(() -> cadres.save(dup)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors().get("idNumber")).startsWith("该身份证号已登记"));
            CadreDraft bad = new CadreDraft();
            bad.setVillageId(villageA);
            bad.setName("赵六");
            bad.setIdNumber("110105194912310021");
            bad.setMobile("12345");
            assertThatThrownBy(() -> cadres.save(bad)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors()).containsEntry("idNumber", "身份证号校验位不正确")
                            .containsEntry("mobile", "手机号应为11位数字，以13–19开头"));
            assertThat(cadres.list(new CadreFilter("堃", villageA, null, null, null, null, null, null), PageQuery.first(5)))
                    .extracting(CadreRow::name).containsExactly(inA.name());
            assertThat(cadres.list(new CadreFilter(null, villageA, Position.DIRECTOR, CadreStatus.SERVING, null, true, 800, null),
                    PageQuery.first(5))).extracting(CadreRow::positions).containsExactly("党组织书记、村（居）委会主任");
        });
    }

    @Test
    void entriesFollowTheRulesOfTheirKindAndAttachmentsAreCheckedByContent() {
        security.as(fixture.discipline(), () -> {
            ArchiveEntryDraft accountability = entry(inA, ArchiveKind.ACCOUNTABILITY, "违规发放补贴");
            assertThatThrownBy(() -> archive.save(accountability)).isInstanceOfSatisfying(ValidationFailedException.class,
                    e -> assertThat(e.fieldErrors()).containsKeys("disciplineForm", "measure", "documentNumber"));
            accountability.setDisciplineForm(DisciplineForm.FIRST);
            accountability.setMeasure("诫勉");
            accountability.setDocumentNumber("X纪〔2026〕3号");
            accountability.setInfluenceUntil(LocalDate.now(BaseConfiguration.ZONE).plusMonths(6));
            ArchiveEntry saved = archive.save(accountability);

            byte[] exe = new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
            assertThatThrownBy(() -> archive.attach(saved.id(), "决定书.pdf", exe)).isInstanceOfSatisfying(
                    ValidationFailedException.class, e -> assertThat(e.getMessage()).contains("不支持的文件类型"));
            byte[] pdf = "%PDF-1.7\n决定书".getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> archive.attach(saved.id(), "决定书.jpg", pdf)).isInstanceOf(ValidationFailedException.class);
            var info = archive.attach(saved.id(), "决定书.pdf", pdf);
            assertThat(info.sha256()).hasSize(64);
            assertThat(archive.download(info.id()).orElseThrow().content()).isEqualTo(pdf);

            archive.save(entry(inA, ArchiveKind.PERFORMANCE, "2025年度绩效考评"));
            var timeline = archive.timeline(inA.id(), null);
            assertThat(timeline).extracting(t -> t.entry().title()).containsExactly("2025年度绩效考评", "违规发放补贴")
                    .hasSize(2);
            assertThat(archive.timeline(inA.id(), ArchiveKind.ACCOUNTABILITY)).singleElement()
                    .satisfies(t -> assertThat(t.attachments()).hasSize(1));
        });
    }

    @Test
    void ratingFollowsTheArchiveAndAnOverrideNeedsDisciplineAndAReason() {
        String party = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        security.as(fixture.discipline(), () -> {
            ArchiveEntryDraft d = entry(inA, ArchiveKind.ACCOUNTABILITY, "挪用集体资金");
            d.setDisciplineForm(DisciplineForm.THIRD);
            d.setMeasure("党纪重处分");
            d.setDocumentNumber("X纪〔2026〕9号");
            d.setInfluenceUntil(LocalDate.now(BaseConfiguration.ZONE).plusMonths(18));
            ArchiveEntry sanction = archive.save(d);
            assertThat(cadres.detail(inA.id()).orElseThrow().cadre().rating()).isEqualTo(IntegrityColour.RED);
            assertThat(ratings.current(inA.id()).orElseThrow().reasons()).anyMatch(r -> r.contains("挪用集体资金"));

            assertThatThrownBy(() -> ratings.override(inA.id(), IntegrityColour.ORANGE, "太短"))
                    .isInstanceOf(ValidationFailedException.class);
            ratings.override(inA.id(), IntegrityColour.ORANGE, "经复核，处分已部分撤销，改为橙色");
            assertThat(cadres.detail(inA.id()).orElseThrow().cadre().rating()).isEqualTo(IntegrityColour.ORANGE);
            archive.revoke(sanction.id(), "处分决定被撤销");
            // the override stands until discipline returns to the rules
            assertThat(cadres.detail(inA.id()).orElseThrow().cadre().rating()).isEqualTo(IntegrityColour.ORANGE);
            ratings.followRules(inA.id());
            assertThat(cadres.detail(inA.id()).orElseThrow().cadre().rating()).isEqualTo(IntegrityColour.GREEN);
            assertThat(ratings.history(inA.id())).extracting(RatingRecord::colour)
                    .containsExactly(IntegrityColour.GREEN, IntegrityColour.ORANGE, IntegrityColour.RED);
        });
        security.as(party, () -> assertThatThrownBy(() -> ratings.override(inA.id(), IntegrityColour.GREEN, "党建办不能调整"))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void eligibilityVerdictForEachCase() {
        security.as(fixture.discipline(), () -> {
            ArchiveEntryDraft sanction = entry(inA, ArchiveKind.ACCOUNTABILITY, "违反换届纪律");
            sanction.setDisciplineForm(DisciplineForm.SECOND);
            sanction.setMeasure("党纪轻处分");
            sanction.setDocumentNumber("X纪〔2026〕5号");
            LocalDate until = LocalDate.now(BaseConfiguration.ZONE).plusMonths(12);
            sanction.setInfluenceUntil(until);
            archive.save(sanction);
            ArchiveEntryDraft petition = entry(inB, ArchiveKind.PETITION, "群众反映优亲厚友");
            petition.setPetitionStatus(PetitionStatus.OPEN);
            archive.save(petition);

            var blocked = eligibility.review(new EligibilityReviewService.Candidate(inA.name(), inA.idNumber()));
            assertThat(blocked.verdict()).isEqualTo(EligibilityVerdict.Verdict.BLOCKED);
            assertThat(blocked.blockedUntil()).isEqualTo(until);
            assertThat(blocked.reasons()).singleElement().asString().contains("党纪轻处分").contains("X纪〔2026〕5号");

            var review = eligibility.review(new EligibilityReviewService.Candidate(inB.name(), inB.idNumber()));
            assertThat(review.verdict()).isEqualTo(EligibilityVerdict.Verdict.NEEDS_REVIEW);
            assertThat(review.reasons()).containsExactly("有核查中的信访举报：群众反映优亲厚友");

            String newcomer = CadreFixture.idNumber(Gender.FEMALE);
            var eligible = eligibility.review(new EligibilityReviewService.Candidate("候选人", newcomer));
            assertThat(eligible.verdict()).isEqualTo(EligibilityVerdict.Verdict.ELIGIBLE);
            assertThat(eligible.reasons()).containsExactly("无村居干部廉洁档案记录");

            var invalid = eligibility.review(new EligibilityReviewService.Candidate("错号", "110105194912310021"));
            assertThat(invalid.verdict()).isEqualTo(EligibilityVerdict.Verdict.NEEDS_REVIEW);
            assertThat(invalid.reasons()).containsExactly("身份证号有误：身份证号校验位不正确");
        });
    }

    @Test
    void aPhotoIsAPictureAndStaysInScope() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        security.as(fixture.discipline(), () -> {
            assertThatThrownBy(() -> cadres.setPhoto(inB.id(), "照片.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOfSatisfying(ValidationFailedException.class,
                            e -> assertThat(e.getMessage()).isEqualTo("照片只接受JPG或PNG图片"));
            cadres.setPhoto(inB.id(), "照片.png", png);
            assertThat(cadres.photo(inB.id()).orElseThrow().content()).isEqualTo(png);
        });
        String clerkA = security.user(Role.VILLAGE, ScopeKind.VILLAGE, villageA);
        security.as(clerkA, () -> assertThat(cadres.photo(inB.id())).isEmpty());
    }

    @Test
    void theCardListsPostsEntriesByKindAndTheRating() {
        security.as(fixture.discipline(), () -> {
            archive.save(entry(inA, ArchiveKind.PERFORMANCE, "2025年度绩效考评"));
            archive.save(entry(inA, ArchiveKind.COMMITMENT, "2026年廉洁承诺"));
            ArchiveCard card = cards.card(inA.id());
            assertThat(card.name()).isEqualTo(inA.name());
            assertThat(card.posts()).extracting(ArchiveCard.Post::position).containsExactly("党组织书记", "村（居）委会主任");
            assertThat(card.entries()).extracting(ArchiveCard.Entry::kind).containsExactly("廉洁承诺", "绩效考评");
            assertThat(card.rating()).isEqualTo("绿色");
            assertThat(cards.servingCadresOf(villageA)).containsExactly(inA.id());
        });
    }
}

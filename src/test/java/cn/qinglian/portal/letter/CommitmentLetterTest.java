package cn.qinglian.portal.letter;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.cadre.TimelineItem;
import cn.qinglian.portal.report.PdfTools;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class, LetterFixture.class})
class CommitmentLetterTest {

    static final int YEAR = LocalDate.now(BaseConfiguration.ZONE).getYear();

    @Autowired SecurityFixture security;
    @Autowired CadreFixture cadres;
    @Autowired LetterFixture fixture;
    @Autowired LetterService letters;
    @Autowired LetterSteps steps;
    @Autowired LetterGeneration generation;
    @Autowired LetterTemplateService templates;
    @Autowired LetterPrinting printing;
    @Autowired ArchiveService archive;
    @Autowired JdbcClient jdbc;

    long village;
    Cadre secretary;
    Cadre member;
    Cadre supervisor;
    String partyOffice;
    String villageUser;

    @BeforeEach
    void aVillageWithOneCadreOfEachGroup() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        village = security.village("喆溪" + tag);
        secretary = cadres.cadre(village, "王堃喆", Position.PARTY_SECRETARY, Position.DIRECTOR);
        member = cadres.cadre(village, "李委员" + tag, Position.VILLAGE_COMMITTEE_MEMBER);
        supervisor = cadres.cadre(village, "赵监督" + tag, Position.SUPERVISION_DIRECTOR);
        partyOffice = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        villageUser = security.user(Role.VILLAGE, ScopeKind.VILLAGE, village);
    }

    @Test
    void generationPicksTheTemplateOfTheHighestPostFillsItAndIsIdempotent() {
        GenerationResult first = fixture.generate(YEAR, village);
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.skipped()).isEmpty();

        CommitmentLetter leader = letter(secretary);
        assertThat(leader.positionGroup()).isEqualTo(PositionGroup.LEADERS);
        assertThat(leader.position()).isEqualTo(Position.PARTY_SECRETARY);
        assertThat(leader.title()).isEqualTo(YEAR + "年度村（社区）党组织书记、主任廉洁履职承诺书");
        assertThat(leader.preamble()).contains("喆溪", "党组织书记、村（居）委会主任").doesNotContain("{");
        assertThat(letter(member).positionGroup()).isEqualTo(PositionGroup.COMMITTEE);
        assertThat(letter(member).title()).contains("两委委员");
        assertThat(letter(supervisor).positionGroup()).isEqualTo(PositionGroup.SUPERVISION);
        assertThat(letter(supervisor).pledges()).isNotEqualTo(leader.pledges());

        GenerationResult again = fixture.generate(YEAR, village);
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("已有" + YEAR + "年度承诺书");
            assertThat(s.names()).hasSize(3);
        });

        Cadre appointed = cadres.cadre(village, "新任" + UUID.randomUUID().toString().substring(0, 4),
                Position.DEPUTY_DIRECTOR);
        GenerationResult third = fixture.generate(YEAR, village);
        assertThat(third.created()).isEqualTo(1);
        assertThat(letter(appointed).positionGroup()).isEqualTo(PositionGroup.COMMITTEE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commitment_letter WHERE village_id = :v").param("v", village)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void cadresWithoutACurrentPostOrATemplateAreSkippedWithTheReasonAndGroupsCanBeChosen() {
        int next = YEAR + 1;
        Cadre noPost = cadres.cadre(village, "无职" + UUID.randomUUID().toString().substring(0, 4));
        fixture.template(next, PositionGroup.LEADERS);
        GenerationResult leadersOnly = security.as(cadres.discipline(), () -> generation.generate(new GenerationRequest(
                next, LocalDate.now(BaseConfiguration.ZONE).plusDays(30), Set.of(village), Set.of(PositionGroup.LEADERS)), (d, t) -> { }));
        assertThat(leadersOnly.created()).isEqualTo(1);
        assertThat(leadersOnly.skipped()).extracting(GenerationResult.Skip::reason).containsExactly("无在任职务");
        assertThat(leadersOnly.skipped().getFirst().names()).singleElement().asString().contains(noPost.name());

        if (templates(next).stream().noneMatch(t -> t.positionGroup() == PositionGroup.SUPERVISION)) {
            GenerationResult all = security.as(cadres.discipline(), () -> generation.generate(new GenerationRequest(
                    next, LocalDate.now(BaseConfiguration.ZONE).plusDays(30), Set.of(village), Set.of()), (d, t) -> { }));
            assertThat(all.skipped()).extracting(GenerationResult.Skip::reason)
                    .contains("缺少" + next + "年度“村务监督委员会成员”模板", "已有" + next + "年度承诺书");
        }
    }

    @Test
    void onlyTheManagersGenerateAndTheDeadlineMustNotBePast() {
        fixture.templates(YEAR);
        assertThatThrownBy(() -> security.as(villageUser, () -> generation.generate(
                new GenerationRequest(YEAR, LocalDate.now(BaseConfiguration.ZONE).plusDays(5), Set.of(), Set.of()), (d, t) -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as(partyOffice, () -> generation.generate(
                new GenerationRequest(YEAR, LocalDate.now(BaseConfiguration.ZONE).minusDays(1), Set.of(village), Set.of()), (d, t) -> { })))
                .isInstanceOfSatisfying(ValidationFailedException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("deadline", "签订截止日期不能早于今天"));
    }

    @Test
    void editingATemplateNeverChangesALetterAlreadyGenerated() {
        fixture.generate(YEAR, village);
        CommitmentLetter before = letter(member);
        LetterTemplate t = fixture.template(YEAR, PositionGroup.COMMITTEE);
        LetterTemplateDraft d = LetterTemplateDraft.of(t);
        d.setPledges(d.getPledges() + "\n新增承诺：{姓名}不参与赌博。");
        LetterTemplate saved = security.as(partyOffice, () -> templates.save(d));
        assertThat(saved.revision()).isEqualTo(t.revision() + 1);

        CommitmentLetter after = letter(member);
        assertThat(after.pledges()).isEqualTo(before.pledges()).doesNotContain("不参与赌博");
        assertThat(after.templateRevision()).isEqualTo(before.templateRevision());
        assertThat(security.as(partyOffice, () -> templates.revisions(t.id())))
                .extracting(LetterTemplateService.Revision::revision).startsWith(saved.revision(), t.revision());

        Cadre later = cadres.cadre(village, "后任" + UUID.randomUUID().toString().substring(0, 4),
                Position.PARTY_COMMITTEE_MEMBER);
        fixture.generate(YEAR, village);
        assertThat(letter(later).pledges()).contains(later.name() + "不参与赌博");
        assertThat(letter(later).templateRevision()).isEqualTo(saved.revision());
    }

    @Test
    void templatePlaceholdersAreCheckedAndReportedWhereTheyOccur() {
        LetterTemplateDraft d = security.as(partyOffice, () -> templates.newDraft(2030, PositionGroup.LEADERS));
        d.setTitle("{年度年度承诺书");
        d.setSalutation("镇党委}：");
        d.setPledges("第一条\n第二条\n我{性别}承诺\n{}");
        d.setClosing("｛姓名｝承诺");
        var problems = security.as(partyOffice, () -> templates.problems(d));
        assertThat(problems).containsEntry("title", "标题第1字：“{”没有对应的“}”")
                .containsEntry("salutation", "称谓第4字：“}”前面没有对应的“{”")
                .containsKey("pledges").doesNotContainKey("closing");
        assertThat(problems.get("pledges")).startsWith("承诺事项第3条第2字：未知的占位符{性别}").contains("{姓名}{村居}");
        assertThatThrownBy(() -> security.as(partyOffice, () -> templates.save(d)))
                .isInstanceOf(ValidationFailedException.class);
        assertThat(templates(2030)).isEmpty();

        d.setTitle("{年度}年度承诺书");
        d.setSalutation("镇党委：");
        d.setPledges("第一条\n{}");
        assertThat(security.as(partyOffice, () -> templates.problems(d)))
                .containsEntry("pledges", "承诺事项第2条第1字：占位符“{}”中没有名称，可用的占位符：" + Placeholder.all());
        assertThat(LetterText.fill("｛姓名｝与{ 村居 }", java.util.Map.of(Placeholder.NAME, "王堃喆", Placeholder.VILLAGE, "喆溪社区")))
                .isEqualTo("王堃喆与喆溪社区");
    }

    @Test
    void aVillageUserSignsWithAScanAndTheArchiveGetsTheCommitmentEntry() {
        fixture.generate(YEAR, village);
        CommitmentLetter l = letter(secretary);
        CommitmentLetter signed = security.as(villageUser, () -> steps.sign(l.id(), l.version(),
                signing(LocalDate.now(BaseConfiguration.ZONE), "王堃喆-承诺书.png", LetterFixture.png())));
        assertThat(signed.status()).isEqualTo(LetterStatus.SIGNED);

        List<TimelineItem> timeline = security.as(partyOffice, () -> archive.timeline(secretary.id(), ArchiveKind.COMMITMENT));
        TimelineItem item = timeline.stream().filter(i -> ("letters/" + l.id()).equals(i.entry().origin()))
                .findFirst().orElseThrow();
        assertThat(item.entry().title()).isEqualTo(YEAR + "年度廉洁承诺书签订");
        assertThat(item.entry().entryDate()).isEqualTo(LocalDate.now(BaseConfiguration.ZONE));
        assertThat(item.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("王堃喆-承诺书.png"));
        // the generated entry is changed only through its letter
        assertThatThrownBy(() -> security.as(partyOffice, () -> archive.revoke(item.entry().id(), "误录")))
                .isInstanceOf(ValidationFailedException.class).hasMessageContaining("来源记录");
        assertThat(security.as(villageUser, () -> letters.detail(l.id())).orElseThrow().scans()).hasSize(1);
    }

    @Test
    void signingWithoutAScanOrWithAFakeOneIsRefusedAndNothingIsStored() {
        fixture.generate(YEAR, village);
        CommitmentLetter l = letter(member);
        assertThatThrownBy(() -> security.as(villageUser, () -> steps.sign(l.id(), l.version(),
                signing(LocalDate.now(BaseConfiguration.ZONE), null, null))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("scan", "请上传签字后的承诺书扫描件（PDF、JPG或PNG）"));
        assertThatThrownBy(() -> security.as(villageUser, () -> steps.sign(l.id(), l.version(),
                signing(LocalDate.now(BaseConfiguration.ZONE), "scan.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.fieldErrors()).containsKey("scan"));
        assertThatThrownBy(() -> security.as(villageUser, () -> steps.sign(l.id(), l.version(),
                signing(LocalDate.now(BaseConfiguration.ZONE).plusDays(1), "scan.png", LetterFixture.png()))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("signedOn", "签订日期不能晚于今天"));
        assertThatThrownBy(() -> security.as(villageUser, () -> steps.sign(l.id(), l.version(),
                signing(l.letterDate().minusDays(1), "scan.png", LetterFixture.png()))))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.fieldErrors().get("signedOn"))
                        .startsWith("签订日期不能早于承诺书生成日期"));
        assertThat(letter(member).status()).isEqualTo(LetterStatus.PENDING);
        assertThat(security.as(partyOffice, () -> archive.timeline(member.id(), ArchiveKind.COMMITMENT)))
                .noneMatch(i -> i.entry().origin() != null);
    }

    @Test
    void eachStepHasItsRolesAndTheReviewGoesIntoTheArchive() {
        fixture.generate(YEAR, village);
        CommitmentLetter l = letter(supervisor);
        String office = security.user(Role.OFFICE, ScopeKind.OFFICE, security.office("镇农办"));
        String otherVillage = security.user(Role.VILLAGE, ScopeKind.VILLAGE, security.village("他村" + UUID.randomUUID()));
        String leader = security.user(Role.LEADER, ScopeKind.TOWNSHIP, security.township());

        assertThatThrownBy(() -> security.as(office, () -> steps.sign(l.id(), l.version(), scan())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as(leader, () -> steps.sign(l.id(), l.version(), scan())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as(otherVillage, () -> steps.sign(l.id(), l.version(), scan())))
                .isInstanceOf(RecordNotFoundException.class);
        CommitmentLetter signed = security.as(villageUser, () -> steps.sign(l.id(), l.version(), scan()));

        assertThatThrownBy(() -> security.as(villageUser, () -> steps.publish(signed.id(), signed.version(),
                publication(LocalDate.now(BaseConfiguration.ZONE)))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办、镇党建办可以办理承诺书公示");
        assertThatThrownBy(() -> security.as(partyOffice, () -> steps.review(signed.id(), signed.version(), review())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("status", "承诺书签订并公示后才能进行践诺评议"));
        CommitmentLetter published = security.as(partyOffice, () -> steps.publish(signed.id(), signed.version(),
                publication(LocalDate.now(BaseConfiguration.ZONE))));
        assertThat(published.publishedWhere()).isEqualTo("村务公开栏");

        assertThatThrownBy(() -> security.as(villageUser, () -> steps.review(published.id(), published.version(), review())))
                .isInstanceOf(AccessDeniedException.class);
        CommitmentLetter reviewed = security.as(cadres.discipline(), () -> steps.review(published.id(),
                published.version(), review()));
        assertThat(reviewed.status()).isEqualTo(LetterStatus.REVIEWED);
        ArchiveEntry entry = reviewEntry(reviewed);
        assertThat(entry.kind()).isEqualTo(ArchiveKind.PERFORMANCE);
        assertThat(entry.title()).isEqualTo(YEAR + "年度践诺评议");
        assertThat(entry.grade()).isEqualTo("合格");
        assertThat(entry.summary()).isEqualTo("全年未发生违反承诺的情况。");

        // reverting needs the role and a reason, and revokes what the step wrote
        assertThatThrownBy(() -> security.as(villageUser, () -> steps.revert(reviewed.id(), reviewed.version(), "录错")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as(partyOffice, () -> steps.revert(reviewed.id(), reviewed.version(), " ")))
                .isInstanceOfSatisfying(ValidationFailedException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("reason", "请填写撤回原因"));
        CommitmentLetter back = security.as(partyOffice, () -> steps.revert(reviewed.id(), reviewed.version(), "评议人填错"));
        assertThat(back.status()).isEqualTo(LetterStatus.PUBLISHED);
        assertThat(back.evaluation()).isNull();
        assertThat(reviewEntry(reviewed).revoked()).isTrue();
        assertThat(reviewEntry(reviewed).revokeReason()).isEqualTo("撤回承诺书环节：评议人填错");

        CommitmentLetter unpublished = security.as(partyOffice, () -> steps.revert(back.id(), back.version(), "公示日期错"));
        CommitmentLetter unsigned = security.as(partyOffice, () -> steps.revert(unpublished.id(), unpublished.version(),
                "扫描件不是本人"));
        assertThat(unsigned.status()).isEqualTo(LetterStatus.PENDING);
        assertThat(unsigned.signedOn()).isNull();
        assertThat(security.as(partyOffice, () -> archive.get(signed.signedEntryId())).orElseThrow().revoked()).isTrue();
        assertThat(security.as(partyOffice, () -> letters.detail(l.id())).orElseThrow().steps())
                .extracting(LetterStep::action).containsExactly("撤回", "撤回", "撤回", "践诺评议", "公示", "签订", "生成");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'commitment_letter' AND entity_id = :id")
                .param("id", String.valueOf(l.id())).query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() {
        fixture.generate(YEAR, village);
        CommitmentLetter l = letter(member);
        security.as(villageUser, () -> steps.sign(l.id(), l.version(), scan()));
        assertThatThrownBy(() -> security.as(partyOffice, () -> steps.revert(l.id(), l.version(), "重复")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void publishingSeveralAtOnceLeavesTheUnsignedOnesAndNamesThem() {
        fixture.generate(YEAR, village);
        for (Cadre c : List.of(secretary, member)) {
            CommitmentLetter l = letter(c);
            security.as(villageUser, () -> steps.sign(l.id(), l.version(), scan()));
        }
        var outcome = security.as(partyOffice, () -> steps.publishAll(
                List.of(letter(secretary).id(), letter(member).id(), letter(supervisor).id()), publication(LocalDate.now(BaseConfiguration.ZONE))));
        assertThat(outcome.done()).isEqualTo(2);
        assertThat(outcome.skipped()).singleElement().asString().contains(supervisor.name(), "待签订");
        assertThat(letter(member).status()).isEqualTo(LetterStatus.PUBLISHED);
    }

    @Test
    void aLetterPastItsDeadlineUnsignedIsOverdueInTheGridAndTheBoard() {
        fixture.generate(YEAR, village);
        jdbc.sql("UPDATE commitment_letter SET deadline = :d WHERE village_id = :v AND cadre_id IN (:c)")
                .param("d", LocalDate.now(BaseConfiguration.ZONE).minusDays(1)).param("v", village)
                .param("c", List.of(member.id(), secretary.id())).update();
        CommitmentLetter l = letter(secretary);
        security.as(villageUser, () -> steps.sign(l.id(), l.version(), scan())); // signed late: no longer overdue

        LetterFilter overdue = LetterFilter.year(YEAR).withVillage(village).withOverdueOnly(true);
        List<LetterRow> rows = security.as(villageUser, () -> letters.list(overdue, PageQuery.first(50)));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.cadreId()).isEqualTo(member.id());
            assertThat(r.overdue()).isTrue();
        });
        LetterBoard.Row row = board(villageUser);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(row.generated()).isEqualTo(3);
        assertThat(row.signed()).isEqualTo(1);
    }

    @Test
    void theBoardEqualsTheDatabaseAndEveryNumberOpensExactlyItsRows() {
        fixture.generate(YEAR, village);
        CommitmentLetter a = letter(secretary);
        CommitmentLetter signed = security.as(villageUser, () -> steps.sign(a.id(), a.version(), scan()));
        security.as(partyOffice, () -> steps.publish(signed.id(), signed.version(), publication(LocalDate.now(BaseConfiguration.ZONE))));
        CommitmentLetter b = letter(member);
        security.as(villageUser, () -> steps.sign(b.id(), b.version(), scan()));

        LetterBoard board = security.as(partyOffice, () -> letters.board(YEAR));
        LetterBoard.Row row = board.villages().stream().filter(r -> r.villageId() == village).findFirst().orElseThrow();
        assertThat(row.generated()).isEqualTo(sql("1 = 1"));
        assertThat(row.signed()).isEqualTo(sql("status <> 'PENDING'")).isEqualTo(2);
        assertThat(row.published()).isEqualTo(sql("status IN ('PUBLISHED', 'REVIEWED')")).isEqualTo(1);
        assertThat(row.reviewed()).isZero();
        assertThat(row.rate(row.signed())).isEqualTo(2 / 3.0);
        assertThat(board.total().generated()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM commitment_letter WHERE year = :y")
                .param("y", YEAR).query(Integer.class).single());
        LetterFilter base = LetterFilter.year(YEAR).withVillage(village);
        security.as(partyOffice, () -> {
            assertThat(letters.count(base)).isEqualTo(row.generated());
            assertThat(letters.count(base.withProgress(LetterProgress.SIGNED))).isEqualTo(row.signed());
            assertThat(letters.count(base.withProgress(LetterProgress.PUBLISHED))).isEqualTo(row.published());
            assertThat(letters.count(base.withProgress(LetterProgress.REVIEWED))).isEqualTo(row.reviewed());
            assertThat(letters.count(base.withOverdueOnly(true))).isEqualTo(row.overdue());
        });
    }

    @Test
    void aVillageUserSeesOnlyTheirVillagesLettersEverywhere() {
        fixture.generate(YEAR, village);
        long other = security.village("邻村" + UUID.randomUUID().toString().substring(0, 6));
        Cadre stranger = cadres.cadre(other, "邻村书记", Position.PARTY_SECRETARY);
        fixture.generate(YEAR, other);
        long strangersLetter = fixture.letterOf(stranger.id(), YEAR);

        security.as(villageUser, () -> {
            assertThat(letters.list(LetterFilter.year(YEAR), PageQuery.first(100)))
                    .isNotEmpty().allMatch(r -> r.villageId() == village);
            assertThat(letters.get(strangersLetter)).isEmpty();
            assertThat(letters.board(YEAR).villages()).extracting(LetterBoard.Row::villageId).containsExactly(village);
            assertThatThrownBy(() -> printing.pdf(strangersLetter)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> printing.villageBatch(other, YEAR, (d, t) -> { }))
                    .isInstanceOf(ValidationFailedException.class);
            assertThat(printing.summary(LetterFilter.year(YEAR)).rows()).allMatch(r -> r.village().startsWith("喆溪"));
        });
    }

    @Test
    void theLetterPdfHoldsTheFilledTextAndTheVillageBatchHasOnePagePerLetterInPostOrder() throws Exception {
        fixture.generate(YEAR, village);
        Path one = PdfTools.write("commitment-letter", security.as(villageUser, () -> printing.pdf(letter(secretary).id())));
        String text = PdfTools.text(one);
        assertThat(text.replaceAll("\\s", "")).contains("王堃喆", "喆溪", YEAR + "年度村（社区）党组织书记、主任廉洁履职承诺书",
                "党组织书记、村（居）委会主任", "一、", "承诺人");
        assertThat(text).doesNotContain("{");
        PdfTools.assertFontsEmbedded(one);

        Path batch = PdfTools.write("commitment-letter-batch", security.as(partyOffice,
                () -> printing.villageBatch(village, YEAR, (d, t) -> { })));
        assertThat(PdfTools.pages(batch)).isEqualTo(3);
        assertThat(PdfTools.text(batch, 1).replaceAll("\\s", "")).contains("王堃喆");
        assertThat(PdfTools.text(batch, 3).replaceAll("\\s", "")).contains(supervisor.name());
    }

    private List<LetterTemplate> templates(int year) {
        return security.as(partyOffice, () -> templates.list(year));
    }

    private int sql(String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM commitment_letter WHERE year = :y AND village_id = :v AND " + condition)
                .param("y", YEAR).param("v", village).query(Integer.class).single();
    }

    private LetterBoard.Row board(String user) {
        return security.as(user, () -> letters.board(YEAR)).villages().stream()
                .filter(r -> r.villageId() == village).findFirst().orElseThrow();
    }

    private ArchiveEntry reviewEntry(CommitmentLetter reviewed) {
        return security.as(partyOffice, () -> archive.get(reviewed.reviewEntryId())).orElseThrow();
    }

    private CommitmentLetter letter(Cadre c) {
        long id = fixture.letterOf(c.id(), YEAR);
        return security.as(partyOffice, () -> letters.get(id)).orElseThrow();
    }

    private static SigningDraft scan() {
        return signing(LocalDate.now(BaseConfiguration.ZONE), "signed.png", LetterFixture.png());
    }

    private static SigningDraft signing(LocalDate on, String fileName, byte[] content) {
        SigningDraft d = new SigningDraft();
        d.setSignedOn(on);
        d.setScan(fileName, content);
        return d;
    }

    private static PublicationDraft publication(LocalDate on) {
        PublicationDraft d = new PublicationDraft();
        d.setPublishedOn(on);
        d.setPlace("村务公开栏");
        return d;
    }

    private static ReviewDraft review() {
        ReviewDraft d = new ReviewDraft();
        d.setSelfReport("全年未发生违反承诺的情况。");
        d.setEvaluation(Evaluation.QUALIFIED);
        d.setEvaluator("镇党委");
        d.setReviewedOn(LocalDate.now(BaseConfiguration.ZONE));
        return d;
    }
}

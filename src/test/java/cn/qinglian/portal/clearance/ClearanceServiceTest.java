package cn.qinglian.portal.clearance;

import cn.qinglian.portal.base.BaseConfiguration;
import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.organisation.OrganisationBootstrap;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class, ClearanceFixture.class})
class ClearanceServiceTest {

    @Autowired SecurityFixture security;
    @Autowired ClearanceFixture fixture;
    @Autowired ClearanceService service;
    @Autowired OverdueJob overdueJob;
    @Autowired PlanTaskSeeder seeder;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    String batch;
    long villageA;
    long villageB;
    String clerkA;
    LocalDate inAMonth = LocalDate.now(BaseConfiguration.ZONE).plusMonths(1);

    @BeforeEach
    void twoVillages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        batch = fixture.batch();
        villageA = security.village("甲村" + tag);
        villageB = security.village("乙村" + tag);
        clerkA = fixture.villageUser(villageA);
    }

    private ClearanceStatus status(long id) {
        return security.as(fixture.discipline(), () -> service.detail(id).orElseThrow().row().status());
    }

    private int v(long id) {
        return fixture.version(id);
    }

    @Test
    void anItemGoesFromHandOverToCloseOutWithEveryStepOnItsTimelineAndInTheAuditLog() {
        long id = fixture.item(batch, villageA, "村务公开不及时", inAMonth);
        assertThat(status(id)).isEqualTo(ClearanceStatus.PENDING);

        security.as(clerkA, () -> service.report(id, v(id), "已召开两委会研究整改", List.of(ClearanceFixture.PDF)));
        assertThat(status(id)).isEqualTo(ClearanceStatus.IN_PROGRESS);
        security.as(clerkA, () -> service.submit(id, v(id), "已按月公开", List.of(ClearanceFixture.PDF)));
        assertThat(status(id)).isEqualTo(ClearanceStatus.AWAITING_CHECK);

        security.as(fixture.discipline(), () -> service.sendBack(id, v(id), "公开内容不全，缺少财务明细"));
        assertThat(status(id)).isEqualTo(ClearanceStatus.IN_PROGRESS);
        security.as(clerkA, () -> service.submit(id, v(id), "已补充财务明细", List.of()));

        // the lead office (镇纪检办) verifies through an OFFICE account too
        String leadClerk = fixture.officeUser("镇纪检办");
        security.as(leadClerk, () -> service.close(id, v(id), "整改到位，同意销号", List.of()));
        assertThat(status(id)).isEqualTo(ClearanceStatus.CLOSED);

        security.as(fixture.discipline(), () -> service.reopen(id, v(id), "群众再次反映，复查发现问题反弹"));
        assertThat(status(id)).isEqualTo(ClearanceStatus.IN_PROGRESS);

        ClearanceDetail detail = security.as(fixture.discipline(), () -> service.detail(id).orElseThrow());
        assertThat(detail.timeline()).extracting(ProgressEntry::step).containsExactly(ProgressStep.CREATED,
                ProgressStep.REPORTED, ProgressStep.SUBMITTED, ProgressStep.SENT_BACK, ProgressStep.SUBMITTED,
                ProgressStep.CLOSED, ProgressStep.REOPENED);
        assertThat(detail.timeline().get(1).files()).hasSize(1);
        assertThat(detail.timeline().get(3).note()).isEqualTo("公开内容不全，缺少财务明细");
        assertThat(detail.evidence()).hasSize(1);
        var history = security.as(fixture.discipline(), () -> audit.history(ClearanceService.ENTITY, id));
        assertThat(history).hasSize(7);
        assertThat(history.get(5).afterJson()).contains("已销号", "整改到位，同意销号");
        // the evidence can be downloaded by those who see the item, not by another village
        long fileId = detail.evidence().getFirst().id();
        assertThat(security.as(clerkA, () -> service.file(id, fileId))).isPresent();
        assertThat(security.as(fixture.villageUser(villageB), () -> service.file(id, fileId))).isEmpty();
    }

    @Test
    void stepsOutsideTheRoleOrTheStateAreRefusedWithTheirReasons() {
        long id = fixture.item(batch, villageA, "集体资产租赁合同不规范", inAMonth);
        String leader = security.user(Role.LEADER, ScopeKind.TOWNSHIP, security.township());
        String party = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        String finance = fixture.officeUser("镇财政所");
        String agriculture = fixture.officeUser("镇农办");

        assertThatThrownBy(() -> security.as(leader, () -> service.report(id, v(id), "x", List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有责任村居或责任科室可以报送整改进展");
        assertThatThrownBy(() -> security.as(party, () -> service.report(id, v(id), "x", List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有责任村居或责任科室可以报送整改进展");
        // an office that neither leads nor shares the item does not see it at all
        assertThatThrownBy(() -> security.as(finance, () -> service.report(id, 0, "x", List.of())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> security.as(clerkA, () -> service.report(id, v(id), " ", List.of())))
                .isInstanceOf(ValidationFailedException.class).hasMessage("请填写整改进展");
        assertThatThrownBy(() -> security.as(clerkA, () -> service.sendBack(id, v(id), "x")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办或牵头单位可以验收或退回");
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.close(id, v(id), "同意", List.of(ClearanceFixture.PDF))))
                .isInstanceOf(ValidationFailedException.class).hasMessage("该事项当前为「待整改」，不能销号");

        // the sharing office reports, but only DISCIPLINE or the lead office verifies
        security.as(agriculture, () -> service.report(id, v(id), "农办已指导合同修订", List.of()));
        fixture.toAwaitingCheck(id, clerkA);
        assertThatThrownBy(() -> security.as(clerkA, () -> service.report(id, v(id), "补充", List.of())))
                .isInstanceOf(ValidationFailedException.class).hasMessage("该事项当前为「待验收」，不能报送进展");
        assertThatThrownBy(() -> security.as(agriculture, () -> service.close(id, v(id), "同意", List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办或牵头单位可以验收销号");
        assertThatThrownBy(() -> security.as(party, () -> service.close(id, v(id), "同意", List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办或牵头单位可以验收销号");
        assertThatThrownBy(() -> security.as(leader, () -> service.close(id, v(id), "同意", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.sendBack(id, v(id), "")))
                .isInstanceOf(ValidationFailedException.class).hasMessage("请填写退回理由");

        security.as(fixture.discipline(), () -> service.close(id, v(id), "同意销号", List.of()));
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.reopen(id, v(id), " ")))
                .isInstanceOf(ValidationFailedException.class).hasMessage("请填写重新打开的理由");
        assertThatThrownBy(() -> security.as(clerkA, () -> service.reopen(id, v(id), "反弹")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办或牵头单位可以重新打开已销号的事项");
        assertThatThrownBy(() -> security.as(party, () -> service.create(fixture.draft(batch, villageA, "x", null))))
                .isInstanceOf(ValidationFailedException.class).hasMessageContaining("请填写整改期限");
        assertThatThrownBy(() -> security.as(clerkA, () -> service.create(fixture.draft(batch, villageA, "x", inAMonth))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办、镇党建办可以建立、修改和导入清单事项");
        String admin = security.user(Role.ADMIN, ScopeKind.TOWNSHIP, security.township());
        assertThatThrownBy(() -> security.as(admin, () -> service.list(ClearanceFilter.ALL, PageQuery.first(10))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("您的角色无权查看清单事项");
    }

    @Test
    void closeOutNeedsEvidenceAndTheVerifiersOpinion() {
        long id = fixture.item(batch, villageA, "惠民补助发放未公示", inAMonth);
        security.as(clerkA, () -> service.submit(id, v(id), "已补充公示", List.of()));
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.close(id, v(id), "", List.of())))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("evidence", "销号须有整改佐证材料，请上传后再销号")
                        .containsEntry("opinion", "请填写验收意见"));
        assertThat(status(id)).isEqualTo(ClearanceStatus.AWAITING_CHECK);
        security.as(fixture.discipline(), () -> service.close(id, v(id), "经核查公示照片，同意销号", List.of(ClearanceFixture.PDF)));
        ClearanceDetail d = security.as(fixture.discipline(), () -> service.detail(id).orElseThrow());
        assertThat(d.row().status()).isEqualTo(ClearanceStatus.CLOSED);
        assertThat(d.evidence()).hasSize(1);
        assertThat(d.closeOpinion()).isEqualTo("经核查公示照片，同意销号");
    }

    @Test
    void aDeadlineExtensionNeedsAReasonAndDisciplinesApproval() {
        long id = fixture.item(batch, villageA, "小额工程未事前报备", LocalDate.now(BaseConfiguration.ZONE).minusDays(3));
        LocalDate later = LocalDate.now(BaseConfiguration.ZONE).plusDays(30);
        assertThatThrownBy(() -> security.as(clerkA, () -> service.requestExtension(id, v(id), LocalDate.now(BaseConfiguration.ZONE).minusDays(5), "")))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("deadline", "reason").containsEntry("reason", "请填写延期理由"));
        security.as(clerkA, () -> service.requestExtension(id, v(id), later, "需等待审计结论"));
        assertThatThrownBy(() -> security.as(clerkA, () -> service.decideExtension(id, v(id), true, "")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办可以审批延期申请");
        String party = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        assertThatThrownBy(() -> security.as(party, () -> service.decideExtension(id, v(id), true, "")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("只有镇纪检办可以审批延期申请");
        assertThat(security.as(fixture.discipline(), () -> service.workCount(WorkKind.APPROVE))).isPositive();
        assertThat(security.as(fixture.discipline(), () -> service.list(ClearanceFilter.ALL.withBatch(batch).withOverdue(true),
                PageQuery.first(10)))).hasSize(1);
        security.as(fixture.discipline(), () -> service.decideExtension(id, v(id), true, "同意"));
        ClearanceRow row = security.as(fixture.discipline(), () -> service.detail(id).orElseThrow().row());
        assertThat(row.deadline()).isEqualTo(later);
        assertThat(row.extensionDeadline()).isNull();
        assertThat(row.overdue()).isFalse();
        // a refusal keeps the deadline and needs a reason
        security.as(clerkA, () -> service.requestExtension(id, v(id), later.plusDays(30), "再延一个月"));
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.decideExtension(id, v(id), false, "")))
                .isInstanceOf(ValidationFailedException.class).hasMessage("不予延期时请填写理由");
        security.as(fixture.discipline(), () -> service.decideExtension(id, v(id), false, "理由不充分"));
        assertThat(security.as(fixture.discipline(), () -> service.detail(id).orElseThrow().row().deadline())).isEqualTo(later);
    }

    @Test
    void overdueAndDueSoonAreComputedForTheTownshipsDateAcrossAMonthEnd() {
        long jan31 = fixture.item(batch, villageA, "一月底到期", LocalDate.of(2027, 1, 31));
        long feb1 = fixture.item(batch, villageA, "二月一日到期", LocalDate.of(2027, 2, 1));
        long feb8 = fixture.item(batch, villageA, "二月八日到期", LocalDate.of(2027, 2, 8));
        long feb9 = fixture.item(batch, villageA, "二月九日到期", LocalDate.of(2027, 2, 9));
        // 16:30 UTC on 31 January is already 1 February in the township
        Clock lateEvening = Clock.fixed(Instant.parse("2027-01-31T16:30:00Z"), ZoneOffset.UTC);
        LocalDate today = DeadlineFlag.today(lateEvening);
        assertThat(today).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(DeadlineFlag.today(Clock.fixed(Instant.parse("2027-01-31T15:59:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2027, 1, 31));

        security.as(fixture.discipline(), () -> {
            ClearanceFilter mine = ClearanceFilter.ALL.withBatch(batch);
            assertThat(service.list(mine.withOverdue(true), PageQuery.first(10), today)).extracting(ClearanceRow::id)
                    .containsExactly(jan31);
            assertThat(service.list(mine.withDueSoon(true), PageQuery.first(10), today)).extracting(ClearanceRow::id)
                    .containsExactly(feb1, feb8);
            assertThat(service.count(mine.withDueSoon(true), today)).isEqualTo(2);
            assertThat(service.list(mine, PageQuery.first(10), today)).extracting(ClearanceRow::flag)
                    .containsExactly(DeadlineFlag.OVERDUE, DeadlineFlag.DUE_SOON, DeadlineFlag.DUE_SOON, DeadlineFlag.NONE);
            assertThat(service.boards(batch, today).byBatch()).filteredOn(b -> batch.equals(b.key()))
                    .singleElement().satisfies(b -> assertThat(b.overdue()).isEqualTo(1));
        });
        // a closed item is never overdue
        fixture.toAwaitingCheck(jan31, clerkA);
        security.as(fixture.discipline(), () -> service.close(jan31, v(jan31), "同意", List.of()));
        security.as(fixture.discipline(), () -> assertThat(
                service.list(ClearanceFilter.ALL.withBatch(batch).withOverdue(true), PageQuery.first(10), today)).isEmpty());
    }

    @Test
    void theDailyJobMarksEachOverdueItemOnceHoweverOftenAndWhereverItRuns() throws Exception {
        long a = fixture.item(batch, villageA, "逾期一", LocalDate.of(2030, 3, 1));
        long b = fixture.item(batch, villageA, "逾期二", LocalDate.of(2030, 3, 2));
        long notYet = fixture.item(batch, villageA, "未到期", LocalDate.of(2030, 3, 10));
        int first = overdueJob.markOverdue(LocalDate.of(2030, 3, 5));
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(overdueJob.markOverdue(LocalDate.of(2030, 3, 5))).isZero();
        assertThat(overdueSteps(a)).isEqualTo(1);
        assertThat(overdueSteps(b)).isEqualTo(1);
        assertThat(overdueSteps(notYet)).isZero();

        // two instances on the next days' run at the same moment: one marks, the other finds the day done
        long c = fixture.item(batch, villageA, "逾期三", LocalDate.of(2030, 3, 5));
        CyclicBarrier together = new CyclicBarrier(2);
        var one = CompletableFuture.supplyAsync(() -> await(together, () -> overdueJob.markOverdue(LocalDate.of(2030, 3, 11))));
        var two = CompletableFuture.supplyAsync(() -> await(together, () -> overdueJob.markOverdue(LocalDate.of(2030, 3, 11))));
        int total = one.get() + two.get();
        assertThat(List.of(one.get(), two.get())).contains(0);
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(overdueSteps(c)).isEqualTo(1);
        assertThat(overdueSteps(notYet)).isEqualTo(1);
        assertThat(overdueSteps(a)).isEqualTo(1);
    }

    @Test
    void theScheduledEntryPointMarksInOneTransactionWithItsAuditEntry() {
        LocalDate today = LocalDate.now(BaseConfiguration.ZONE);
        long late = fixture.item(batch, villageA, "昨日到期", today.minusDays(1));
        jdbc.sql("DELETE FROM clearance_job_run WHERE job = 'overdue' AND run_on = :d").param("d", today).update();
        overdueJob.daily(); // as the scheduler calls it, not markOverdue directly
        assertThat(overdueSteps(late)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'clearance_item' AND entity_id = :id"
                + " AND after_json LIKE '%逾期%'").param("id", String.valueOf(late)).query(Integer.class).single()).isEqualTo(1);
    }

    private static int await(CyclicBarrier barrier, java.util.function.IntSupplier work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.getAsInt();
    }

    private int overdueSteps(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM clearance_progress WHERE item_id = :i AND step = 'OVERDUE'").param("i", id)
                .query(Integer.class).single();
    }

    @Test
    void thePlansTwelveTasksAreSeededWithTheirOfficesAndOneItemPerVillage() {
        seeder.seed(security.township());
        assertThat(seeder.seed(security.township())).isZero();
        int villages = jdbc.sql("SELECT COUNT(*) FROM village WHERE township_id = :t AND active")
                .param("t", security.township()).query(Integer.class).single();
        security.as(fixture.discipline(), () -> {
            List<ClearanceRow> tasks = service.list(ClearanceFilter.ALL.withBatch(PlanTasks.BATCH).withTownshipLevel(true),
                    PageQuery.first(50).sortedBy("code", true));
            assertThat(tasks).hasSize(12);
            for (int i = 0; i < 12; i++) {
                PlanTasks.PlanTask task = PlanTasks.TASKS.get(i);
                ClearanceRow row = tasks.get(i);
                assertThat(row.code()).isEqualTo(task.code());
                assertThat(row.kind()).isEqualTo(ListKind.TASK);
                assertThat(row.source()).isEqualTo(ClearanceSource.PLAN);
                assertThat(Set.of(row.leadOffices().split("、"))).as("task %d lead", task.number())
                        .isEqualTo(Set.copyOf(task.leadOffices()));
                assertThat(row.sharedOffices().isEmpty() ? Set.of() : Set.of(row.sharedOffices().split("、")))
                        .as("task %d responsible", task.number()).isEqualTo(Set.copyOf(task.responsibleOffices()));
                assertThat(service.count(ClearanceFilter.ALL.withParent(row.id()))).as("task %d villages", task.number())
                        .isEqualTo(task.villages() ? villages : 0);
            }
        });
        // as the plan states them, spot-checked against its text
        PlanTasks.PlanTask five = PlanTasks.TASKS.get(4);
        assertThat(five.leadOffices()).containsExactly("镇农办");
        assertThat(five.responsibleOffices()).containsExactly("镇财政所", "镇社会事务办");
        assertThat(PlanTasks.TASKS.get(6).responsibleOffices()).containsExactly("镇党建办（组织）");
        assertThat(PlanTasks.TASKS.get(8).responsibleOffices()).containsExactly("镇综治办", "镇派出所");
        assertThat(PlanTasks.TASKS).allSatisfy(t -> assertThat(OrganisationBootstrap.PLAN_OFFICES)
                .containsAll(t.leadOffices()).containsAll(t.responsibleOffices()));
        // a village user sees its own village's share of the tasks
        security.as(clerkA, () -> assertThat(service.count(ClearanceFilter.ALL.withBatch(PlanTasks.BATCH))).isEqualTo(12));
    }

    @Test
    void everyUserSeesExactlyTheirScopeThroughEveryPath() {
        long inA = fixture.item(batch, villageA, "甲村问题", inAMonth);
        long inB = fixture.item(batch, villageB, "乙村问题", inAMonth);
        ClearanceItemDraft townshipLevel = fixture.draft(batch, null, "镇级问题", inAMonth);
        townshipLevel.setLeadOfficeIds(Set.of(security.office("镇财政所")));
        townshipLevel.setResponsibleOfficeIds(Set.of());
        long township = security.as(fixture.discipline(), () -> service.create(townshipLevel));
        ClearanceFilter mine = ClearanceFilter.ALL.withBatch(batch);

        security.as(clerkA, () -> {
            assertThat(service.list(mine, PageQuery.first(10))).extracting(ClearanceRow::id).containsExactly(inA);
            assertThat(service.detail(inB)).isEmpty();
            assertThat(service.detail(township)).isEmpty();
            assertThat(service.boards(batch).byVillage()).extracting(BoardRow::key).containsExactly(String.valueOf(villageA));
            assertThatThrownBy(() -> service.report(inB, 0, "越权", List.of())).isInstanceOf(RecordNotFoundException.class);
            assertThat(service.batches()).contains(batch);
        });
        String finance = fixture.officeUser("镇财政所");
        security.as(finance, () -> {
            assertThat(service.list(mine, PageQuery.first(10))).extracting(ClearanceRow::id).containsExactly(township);
            assertThat(service.detail(inA)).isEmpty();
            // the plan's task 5 is shared with 镇财政所
            assertThat(service.list(ClearanceFilter.ALL.withBatch(PlanTasks.BATCH), PageQuery.first(50)))
                    .extracting(ClearanceRow::code).contains("方案-05").doesNotContain("方案-01");
        });
        String agriculture = fixture.officeUser("镇农办");
        security.as(agriculture, () -> assertThat(service.list(mine, PageQuery.first(10)))
                .extracting(ClearanceRow::id).containsExactlyInAnyOrder(inA, inB));
        for (Role role : List.of(Role.DISCIPLINE, Role.PARTY_OFFICE, Role.LEADER)) {
            String user = security.user(role, ScopeKind.TOWNSHIP, security.township());
            security.as(user, () -> assertThat(service.count(mine)).as(role.name()).isEqualTo(3));
        }
        String districtLeader = security.user(Role.LEADER, ScopeKind.DISTRICT, null);
        security.as(districtLeader, () -> assertThat(service.count(mine)).isEqualTo(3));
    }

    @Test
    void aSecondConcurrentEditGetsAClearConflictAndTheFirstIsKept() {
        long id = fixture.item(batch, villageA, "原标题", inAMonth);
        String party = security.user(Role.PARTY_OFFICE, ScopeKind.TOWNSHIP, security.township());
        ClearanceItemDraft mine = security.as(fixture.discipline(), () -> service.draft(id));
        ClearanceItemDraft theirs = security.as(party, () -> service.draft(id));
        mine.setTitle("纪检办改的标题");
        theirs.setTitle("党建办改的标题");
        security.as(fixture.discipline(), () -> service.update(mine));
        assertThatThrownBy(() -> security.as(party, () -> service.update(theirs)))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessage(ClearanceService.CONFLICT);
        assertThat(security.as(party, () -> service.detail(id).orElseThrow().row().title())).isEqualTo("纪检办改的标题");

        // a report on a version someone else has moved on is refused too; the first report stays
        int seen = v(id);
        String agriculture = fixture.officeUser("镇农办");
        security.as(clerkA, () -> service.report(id, seen, "村里先报", List.of()));
        assertThatThrownBy(() -> security.as(agriculture, () -> service.report(id, seen, "农办后报", List.of())))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("已被他人修改");
        assertThat(security.as(clerkA, () -> service.detail(id).orElseThrow().timeline()))
                .extracting(ProgressEntry::note).contains("村里先报").doesNotContain("农办后报");
    }

    @Test
    void problemsLinkToTheirResponsibilityAndTaskItems() {
        long problem = fixture.item(batch, villageA, "三资管理混乱", inAMonth);
        ClearanceItemDraft duty = fixture.draft(batch, villageA, "落实村书记第一责任", inAMonth);
        duty.setKind(ListKind.RESPONSIBILITY);
        duty.setParentId(problem);
        duty.setResponsiblePeople("王堃、李四");
        ClearanceItemDraft task = fixture.draft(batch, villageA, "清理历年合同", inAMonth);
        task.setKind(ListKind.TASK);
        task.setParentId(problem);
        long dutyId = security.as(fixture.discipline(), () -> service.create(duty));
        long taskId = security.as(fixture.discipline(), () -> service.create(task));
        ClearanceItemDraft nested = fixture.draft(batch, villageA, "问题下的问题", inAMonth);
        nested.setParentId(problem);
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.create(nested)))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("kind", "问题清单事项不能再关联到其他问题下，请选择责任清单或任务清单"));
        ClearanceItemDraft underDuty = fixture.draft(batch, villageA, "挂到责任下", inAMonth);
        underDuty.setKind(ListKind.TASK);
        underDuty.setParentId(dutyId);
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.create(underDuty)))
                .isInstanceOf(ValidationFailedException.class).hasMessage("只能关联到问题清单中的问题");

        ClearanceDetail d = security.as(clerkA, () -> service.detail(problem).orElseThrow());
        assertThat(d.linked()).extracting(ClearanceRow::id).containsExactly(dutyId, taskId);
        ClearanceDetail child = security.as(clerkA, () -> service.detail(dutyId).orElseThrow());
        assertThat(child.parent()).isNotNull();
        assertThat(child.row().people()).isEqualTo("王堃、李四");
        assertThat(security.as(clerkA, () -> service.count(ClearanceFilter.ALL.withBatch(batch).withPerson("李四")))).isEqualTo(1);
        ClearanceItemDraft sameCode = fixture.draft(batch, villageA, "重号", inAMonth);
        sameCode.setCode(child.row().code());
        assertThatThrownBy(() -> security.as(fixture.discipline(), () -> service.create(sameCode)))
                .isInstanceOf(ValidationFailedException.class).hasMessageContaining("已有编号为");
    }

    @Test
    void boardsCountEveryItemAndABatchIsClearedOnlyWhenAllAreClosed() {
        long one = fixture.item(batch, villageA, "问题一", inAMonth);
        long two = fixture.item(batch, villageB, "问题二", LocalDate.now(BaseConfiguration.ZONE).minusDays(1));
        String clerkB = fixture.villageUser(villageB);
        fixture.toAwaitingCheck(one, clerkA);
        security.as(fixture.discipline(), () -> service.close(one, v(one), "同意", List.of()));
        security.as(fixture.discipline(), () -> {
            BoardRow row = service.boards(null).byBatch().stream().filter(b -> batch.equals(b.key())).findFirst().orElseThrow();
            assertThat(row.total()).isEqualTo(2);
            assertThat(row.closed()).isEqualTo(1);
            assertThat(row.overdue()).isEqualTo(1);
            assertThat(row.rate()).isEqualTo(0.5);
            assertThat(row.cleared()).isFalse();
            var byOffice = service.boards(batch).byOffice();
            assertThat(byOffice).extracting(BoardRow::label).containsExactly("镇纪检办", "镇农办");
            // every number is the count of the grid filtered the same way
            BoardRow agri = byOffice.get(1);
            ClearanceFilter f = ClearanceFilter.ALL.withBatch(batch).withOffice(Long.valueOf(agri.key()));
            assertThat(service.count(f)).isEqualTo(agri.total());
            assertThat(service.count(f.withStatus(ClearanceStatus.CLOSED))).isEqualTo(agri.closed());
            assertThat(service.count(f.withOverdue(true))).isEqualTo(agri.overdue());
        });
        assertThat(security.as(clerkB, () -> service.myWork().toReport())).isEqualTo(1);
        fixture.toAwaitingCheck(two, clerkB);
        assertThat(security.as(fixture.discipline(), () -> service.work(WorkKind.VERIFY, PageQuery.first(500))))
                .extracting(ClearanceRow::id).contains(two);
        String leadClerk = fixture.officeUser("镇纪检办");
        assertThat(security.as(leadClerk, () -> service.myWork().toVerify())).isPositive();
        assertThat(security.as(fixture.officeUser("镇农办"), () -> service.myWork().toVerify())).isZero();
        security.as(fixture.discipline(), () -> service.close(two, v(two), "同意", List.of()));
        security.as(fixture.discipline(), () -> assertThat(service.boards(null).byBatch())
                .filteredOn(b -> batch.equals(b.key())).singleElement().satisfies(b -> assertThat(b.cleared()).isTrue()));
    }
}

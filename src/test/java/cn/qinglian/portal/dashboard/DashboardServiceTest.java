package cn.qinglian.portal.dashboard;

import cn.qinglian.portal.IntegrationTest;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.Cadre;
import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.cadre.CadreService;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IntegrityColour;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.clearance.ClearanceFilter;
import cn.qinglian.portal.clearance.ClearanceFixture;
import cn.qinglian.portal.clearance.ClearanceService;
import cn.qinglian.portal.clearance.ClearanceSource;
import cn.qinglian.portal.letter.LetterFixture;
import cn.qinglian.portal.letter.LetterProgress;
import cn.qinglian.portal.letter.LetterService;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeKind;
import cn.qinglian.portal.security.SecurityFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SecurityFixture.class, CadreFixture.class, ClearanceFixture.class, LetterFixture.class})
class DashboardServiceTest {

    @Autowired SecurityFixture security;
    @Autowired CadreFixture cadres;
    @Autowired ClearanceFixture items;
    @Autowired LetterFixture letters;
    @Autowired DashboardService dashboard;
    @Autowired ClearanceService clearance;
    @Autowired LetterService letterService;
    @Autowired CadreService cadreService;
    @Autowired JdbcClient jdbc;
    @Autowired cn.qinglian.portal.organisation.TownshipService townships;
    @Autowired DashboardReport report;

    long township;
    long villageA;
    long villageB;
    String leader;
    String batch;
    LocalDate today;

    @BeforeEach
    void seed() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        township = security.township();
        villageA = security.village("甲村" + tag);
        villageB = security.village("乙村" + tag);
        leader = security.user(Role.LEADER, ScopeKind.TOWNSHIP, township);
        batch = items.batch();
        today = dashboard.today();
        // A: one overdue, one due soon, one far off, one closed; B: one closed
        long overdue = items.item(batch, villageA, "逾期事项", today.plusDays(20));
        jdbc.sql("UPDATE clearance_item SET deadline = :d WHERE id = :id").param("d", today.minusDays(3)).param("id", overdue).update();
        items.item(batch, villageA, "即将到期事项", today.plusDays(3));
        long far = items.item(batch, villageA, "远期事项", today.plusMonths(2));
        jdbc.sql("UPDATE clearance_item SET category = '集体三资', source = 'AUDIT' WHERE id = :id").param("id", far).update();
        close(items.item(batch, villageA, "已销号事项", today.plusMonths(1)));
        close(items.item(batch, villageB, "乙村已销号", today.plusMonths(1)));
        // cadres: A has a red and a green one, B a yellow one
        Cadre red = cadres.cadre(villageA, "洪书记", Position.PARTY_SECRETARY);
        cadres.cadre(villageA, "陆主任", Position.DIRECTOR);
        Cadre yellow = cadres.cadre(villageB, "黄书记", Position.PARTY_SECRETARY);
        jdbc.sql("UPDATE cadre SET rating = 'RED' WHERE id = :id").param("id", red.id()).update();
        jdbc.sql("UPDATE cadre SET rating = 'YELLOW' WHERE id = :id").param("id", yellow.id()).update();
        // letters of this year: A's secretary signed, the rest pending; one of B's overdue
        letters.generate(today.getYear(), villageA);
        letters.generate(today.getYear(), villageB);
        jdbc.sql("UPDATE commitment_letter SET status = 'SIGNED', signed_on = :d WHERE cadre_id = :c AND year = :y")
                .param("d", today).param("c", red.id()).param("y", today.getYear()).update();
        jdbc.sql("UPDATE commitment_letter SET deadline = :d WHERE cadre_id = :c AND year = :y")
                .param("d", today.minusDays(1)).param("c", yellow.id()).param("y", today.getYear()).update();
        // archive activity this month: a talk and an accountability of the second form; one revoked
        entry(red.id(), villageA, ArchiveKind.TALK, null, today, false);
        entry(red.id(), villageA, ArchiveKind.ACCOUNTABILITY, DisciplineForm.SECOND, today, false);
        entry(red.id(), villageA, ArchiveKind.ACCOUNTABILITY, DisciplineForm.FIRST, today, true);
    }

    private void close(long id) {
        String clerk = items.villageUser(jdbc.sql("SELECT village_id FROM clearance_item WHERE id = :id")
                .param("id", id).query(Long.class).single());
        items.toAwaitingCheck(id, clerk);
        security.as(items.discipline(), () -> clearance.close(id, items.version(id), "整改到位，同意销号",
                List.of(ClearanceFixture.PDF)));
    }

    private void entry(long cadre, long village, ArchiveKind kind, DisciplineForm form, LocalDate date, boolean revoked) {
        jdbc.sql("""
                        INSERT INTO archive_entry (cadre_id, township_id, village_id, kind, entry_date, title, discipline_form,
                                                   revoked, created_by, created_at, updated_at)
                        VALUES (:c, :t, :v, :k, :d, '测试记录', :f, :r, 'test', NOW(3), NOW(3))""")
                .param("c", cadre).param("t", township).param("v", village).param("k", kind.name()).param("d", date)
                .param("f", form == null ? null : form.name()).param("r", revoked).update();
    }

    private int sql(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.param((String) params[i], params[i + 1]);
        }
        return spec.query(Integer.class).single();
    }

    private int items(ClearanceFilter f, String user) {
        return security.as(user, () -> clearance.count(f));
    }

    @Test
    void everyFigureEqualsAnIndependentCountAndItsListCount() {
        Dashboard d = security.as(leader, () -> dashboard.load(PeriodKind.MONTH, null));
        Period month = d.period();
        assertThat(month.from()).isEqualTo(today.withDayOfMonth(1));
        Dashboard.Clearance c = d.clearance();
        String t = " FROM clearance_item WHERE township_id = :t";
        assertThat(c.total()).isEqualTo(sql("SELECT COUNT(*)" + t, "t", township)).isEqualTo(items(DashboardFilters.items(d), leader));
        assertThat(c.open()).isEqualTo(sql("SELECT COUNT(*)" + t + " AND status <> 'CLOSED'", "t", township))
                .isEqualTo(items(DashboardFilters.open(d), leader));
        assertThat(c.closed()).isEqualTo(sql("SELECT COUNT(*)" + t + " AND status = 'CLOSED'", "t", township))
                .isEqualTo(items(DashboardFilters.closed(d), leader));
        assertThat(c.overdue()).isPositive()
                .isEqualTo(sql("SELECT COUNT(*)" + t + " AND status <> 'CLOSED' AND deadline < :d", "t", township, "d", today))
                .isEqualTo(items(DashboardFilters.overdue(d), leader));
        assertThat(c.dueSoon()).isPositive()
                .isEqualTo(sql("SELECT COUNT(*)" + t + " AND status <> 'CLOSED' AND deadline BETWEEN :d AND :e",
                        "t", township, "d", today, "e", today.plusDays(7)))
                .isEqualTo(items(DashboardFilters.dueSoon(d), leader));
        assertThat(c.openedInPeriod()).isGreaterThanOrEqualTo(5)
                .isEqualTo(sql("SELECT COUNT(*)" + t + " AND created_at >= :f AND created_at < :b", "t", township,
                        "f", month.from().atStartOfDay(), "b", month.before().atStartOfDay()))
                .isEqualTo(items(DashboardFilters.openedInPeriod(d), leader));
        assertThat(c.closedInPeriod()).isGreaterThanOrEqualTo(2)
                .isEqualTo(sql("SELECT COUNT(*)" + t + " AND closed_at >= :f AND closed_at < :b", "t", township,
                        "f", month.from().atStartOfDay(), "b", month.before().atStartOfDay()))
                .isEqualTo(items(DashboardFilters.closedInPeriod(d), leader));
        // the current inspection batch is the one created last: ours
        assertThat(c.batch()).isEqualTo(batch);
        assertThat(c.batchTotal()).isEqualTo(5).isEqualTo(items(DashboardFilters.batch(d), leader));
        assertThat(c.batchClosed()).isEqualTo(2).isEqualTo(items(DashboardFilters.batchClosed(d), leader));
        assertThat(c.batchRate()).isEqualTo(0.4);

        for (Dashboard.Count s : d.bySource()) {
            assertThat(s.count()).isEqualTo(sql("SELECT COUNT(*)" + t + " AND source = :s", "t", township, "s", s.key()))
                    .isEqualTo(items(DashboardFilters.source(d, ClearanceSource.valueOf(s.key())), leader));
        }
        assertThat(d.byCategory()).anySatisfy(k -> {
            assertThat(k.key()).isEqualTo("集体三资");
            assertThat(k.count()).isEqualTo(sql("SELECT COUNT(*)" + t + " AND category = '集体三资'", "t", township))
                    .isEqualTo(items(DashboardFilters.category(d, "集体三资"), leader));
        });
        assertThat(d.trend()).hasSize(12);
        Dashboard.MonthPoint now = d.trend().getLast();
        assertThat(now.month()).isEqualTo(YearMonth.from(today));
        assertThat(now.opened()).isEqualTo(c.openedInPeriod()).isEqualTo(items(DashboardFilters.openedIn(d, now.month()), leader));
        assertThat(now.closed()).isEqualTo(c.closedInPeriod()).isEqualTo(items(DashboardFilters.closedIn(d, now.month()), leader));

        // letters of the year
        Dashboard.Letters l = d.letters();
        String lt = " FROM commitment_letter WHERE township_id = :t AND year = :y";
        int year = today.getYear();
        assertThat(l.generated()).isEqualTo(sql("SELECT COUNT(*)" + lt, "t", township, "y", year))
                .isEqualTo(security.as(leader, () -> letterService.count(DashboardFilters.letters(d, null, null))));
        assertThat(l.signed()).isPositive().isEqualTo(sql("SELECT COUNT(*)" + lt + " AND status <> 'PENDING'", "t", township, "y", year))
                .isEqualTo(security.as(leader, () -> letterService.count(DashboardFilters.letters(d, LetterProgress.SIGNED, null))));
        assertThat(l.published()).isEqualTo(sql("SELECT COUNT(*)" + lt + " AND status IN ('PUBLISHED', 'REVIEWED')", "t", township, "y", year))
                .isEqualTo(security.as(leader, () -> letterService.count(DashboardFilters.letters(d, LetterProgress.PUBLISHED, null))));
        assertThat(l.reviewed()).isEqualTo(sql("SELECT COUNT(*)" + lt + " AND status = 'REVIEWED'", "t", township, "y", year))
                .isEqualTo(security.as(leader, () -> letterService.count(DashboardFilters.letters(d, LetterProgress.REVIEWED, null))));

        // serving cadres by rating
        for (IntegrityColour colour : IntegrityColour.values()) {
            assertThat(d.ratings().get(colour))
                    .isEqualTo(sql("SELECT COUNT(*) FROM cadre WHERE township_id = :t AND status = 'SERVING' AND rating = :r",
                            "t", township, "r", colour.name()))
                    .isEqualTo(security.as(leader, () -> cadreService.count(DashboardFilters.cadres(d, colour, null))));
        }

        // archive activity of the month, revoked entries left out
        Dashboard.Archive a = d.archive();
        String at = " FROM archive_entry WHERE township_id = :t AND NOT revoked AND entry_date >= :f AND entry_date < :b";
        assertThat(a.talks()).isPositive().isEqualTo(sql("SELECT COUNT(*)" + at + " AND kind = 'TALK'", "t", township,
                        "f", month.from(), "b", month.before()))
                .isEqualTo(security.as(leader, () -> dashboard.archiveCount(DashboardFilters.archive(d, ArchiveKind.TALK, null))));
        for (DisciplineForm form : DisciplineForm.values()) {
            assertThat(a.byForm().get(form)).isEqualTo(sql("SELECT COUNT(*)" + at
                                    + " AND kind = 'ACCOUNTABILITY' AND discipline_form = :df", "t", township,
                            "f", month.from(), "b", month.before(), "df", form.name()))
                    .isEqualTo(security.as(leader, () -> dashboard.archiveCount(
                            DashboardFilters.archive(d, ArchiveKind.ACCOUNTABILITY, form))));
        }
        assertThat(a.byForm().get(DisciplineForm.SECOND)).isPositive();
        assertThat(security.as(leader, () -> dashboard.archiveEntries(
                DashboardFilters.archive(d, ArchiveKind.ACCOUNTABILITY, DisciplineForm.SECOND), PageQuery.first(50))))
                .hasSize(a.byForm().get(DisciplineForm.SECOND));

        // the light matrix and the village chart
        Dashboard.VillageRow rowA = d.villages().stream().filter(v -> v.villageId() == villageA).findFirst().orElseThrow();
        Dashboard.VillageRow rowB = d.villages().stream().filter(v -> v.villageId() == villageB).findFirst().orElseThrow();
        assertThat(rowA.items()).isEqualTo(4).isEqualTo(items(DashboardFilters.village(d, villageA, null), leader));
        assertThat(rowA.clearanceLight()).isEqualTo(Light.RED);
        assertThat(items(DashboardFilters.village(d, villageA, Light.RED), leader)).isEqualTo(rowA.overdue()).isEqualTo(1);
        assertThat(rowB.clearanceLight()).isEqualTo(Light.GREEN);
        assertThat(rowA.ratingLight()).isEqualTo(Light.RED);
        assertThat(rowB.ratingLight()).isEqualTo(Light.YELLOW);
        assertThat(rowA.lettersLight()).isEqualTo(Light.YELLOW);
        assertThat(security.as(leader, () -> letterService.count(DashboardFilters.lettersLight(d, villageA, Light.YELLOW))))
                .isEqualTo(rowA.lettersPending()).isEqualTo(1);
        assertThat(rowB.lettersLight()).isEqualTo(Light.RED);
        assertThat(security.as(leader, () -> letterService.count(DashboardFilters.lettersLight(d, villageB, Light.RED))))
                .isEqualTo(rowB.lettersOverdue()).isEqualTo(1);
        assertThat(security.as(leader, () -> cadreService.count(DashboardFilters.cadres(d, IntegrityColour.RED, villageA))))
                .isEqualTo(rowA.red()).isEqualTo(1);
        List<Dashboard.VillageRow> ranked = DashboardService.byRate(d);
        assertThat(ranked.indexOf(rowB)).isLessThan(ranked.indexOf(rowA));
    }

    @Test
    void aVillageUserSeesTheirOwnVillageOnly() {
        String clerk = items.villageUser(villageA);
        Dashboard d = security.as(clerk, () -> dashboard.load(PeriodKind.YEAR, null));
        assertThat(d.villages()).extracting(Dashboard.VillageRow::villageId).containsExactly(villageA);
        assertThat(d.clearance().total()).isEqualTo(4).isEqualTo(items(DashboardFilters.items(d), clerk));
        assertThat(d.clearance().overdue()).isEqualTo(1);
        assertThat(d.cadres()).isEqualTo(2);
        assertThat(d.letters().generated()).isEqualTo(2);
        assertThat(d.archive().talks()).isEqualTo(1);
    }

    @Test
    void anOfficeUserCountsTheItemsOfTheirOfficeAsTheirListDoes() {
        String agri = items.officeUser("镇农办");
        Dashboard d = security.as(agri, () -> dashboard.load(PeriodKind.YEAR, null));
        assertThat(d.clearance().total()).isEqualTo(sql("""
                        SELECT COUNT(*) FROM clearance_item i WHERE i.township_id = :t AND EXISTS (SELECT 1 FROM
                        clearance_item_office o WHERE o.item_id = i.id AND o.office_id = :o)""",
                        "t", township, "o", security.office("镇农办")))
                .isEqualTo(items(DashboardFilters.items(d), agri));
        assertThat(d.clearance().open()).isEqualTo(items(DashboardFilters.open(d), agri));
    }

    @Test
    void aDistrictLeaderChoosesATownshipAndNoOneElseCan() {
        String district = security.user(Role.LEADER, ScopeKind.DISTRICT, null);
        assertThat(security.as(district, dashboard::townships)).extracting(o -> o.id()).contains(township);
        Dashboard d = security.as(district, () -> dashboard.load(PeriodKind.YEAR, township));
        assertThat(d.townshipId()).isEqualTo(township);
        assertThat(d.clearance().total()).isEqualTo(sql("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t", "t", township))
                .isEqualTo(items(DashboardFilters.items(d), district));
        // another township of the district with a letter and a cadre of its own: the links stay in the chosen one
        String districtAdmin = security.user(Role.ADMIN, ScopeKind.DISTRICT, null);
        long other = security.as(districtAdmin, () -> townships.add("邻镇" + java.util.UUID.randomUUID().toString().substring(0, 6)));
        long otherVillage = jdbc.sql("INSERT INTO village (township_id, name, kind, sort_order, active, created_at, updated_at)"
                        + " VALUES (:t, '邻镇一村', 'VILLAGE', 1, TRUE, NOW(), NOW()) RETURNING id")
                .param("t", other).query(Long.class).single();
        // written directly: no test account may edit two townships' cadres
        long stranger = jdbc.sql("INSERT INTO cadre (township_id, village_id, name, gender, birth_date, id_number, status,"
                        + " rating, created_at, updated_at) VALUES (:t, :v, '邻镇书记', 'MALE', '1970-01-01', :id, 'SERVING',"
                        + " 'GREEN', NOW(), NOW()) RETURNING id")
                .param("t", other).param("v", otherVillage).param("id", CadreFixture.idNumber(cn.qinglian.portal.cadre.Gender.MALE))
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO commitment_letter (township_id, village_id, cadre_id, year, position, position_title,
                            position_group, template_id, template_revision, title, salutation, preamble, pledges, closing,
                            letter_date, deadline, status, version, created_by, created_at, updated_at)
                        SELECT :t, :v, :c, year, position, position_title, position_group, template_id, template_revision,
                            title, salutation, preamble, pledges, closing, letter_date, deadline, status, 0, created_by,
                            created_at, updated_at FROM commitment_letter WHERE township_id = :home AND year = :y LIMIT 1""")
                .param("t", other).param("v", otherVillage).param("c", stranger).param("home", township)
                .param("y", d.letters().year()).update();
        assertThat(d.letters().generated()).isEqualTo(security.as(district, () ->
                letterService.count(DashboardFilters.letters(d, null, null))));
        for (IntegrityColour colour : IntegrityColour.values()) {
            assertThat(d.ratings().get(colour)).isEqualTo(security.as(district, () ->
                    cadreService.count(DashboardFilters.cadres(d, colour, null))));
        }
        assertThatThrownBy(() -> security.as(district, () -> dashboard.load(PeriodKind.YEAR, -1L)))
                .isInstanceOf(AccessDeniedException.class);
        // a township leader's choice is ignored: their scope fixes the township
        assertThat(security.as(leader, dashboard::townships)).isEmpty();
        assertThat(security.as(leader, () -> dashboard.load(PeriodKind.YEAR, -1L)).townshipId()).isNull();
        String admin = security.user(Role.ADMIN, ScopeKind.TOWNSHIP, township);
        assertThatThrownBy(() -> security.as(admin, () -> dashboard.load(PeriodKind.YEAR, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void periodsAreLocalCalendarPeriodsStartingAtLocalMidnight() {
        assertThat(Period.containing(PeriodKind.MONTH, LocalDate.of(2019, 4, 1)))
                .isEqualTo(new Period(PeriodKind.MONTH, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 1)));
        assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2019, 6, 30)))
                .isEqualTo(new Period(PeriodKind.QUARTER, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 7, 1)));
        assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2019, 12, 31)).from()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(Period.containing(PeriodKind.YEAR, LocalDate.of(2019, 12, 31)))
                .isEqualTo(new Period(PeriodKind.YEAR, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)));
        assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2019, 5, 2)).label()).isEqualTo("2019年第2季度");

        // items created a millisecond before and exactly at local midnight of 1 April 2019, one closed at midnight
        long before = items.item(batch, villageA, "三月最后一刻", today.plusMonths(1));
        long at = items.item(batch, villageA, "四月第一刻", today.plusMonths(1));
        jdbc.sql("UPDATE clearance_item SET created_at = :c WHERE id = :id")
                .param("c", LocalDateTime.of(2019, 3, 31, 23, 59, 59, 999_000_000)).param("id", before).update();
        jdbc.sql("UPDATE clearance_item SET created_at = :c, closed_at = :c, status = 'CLOSED' WHERE id = :id")
                .param("c", LocalDateTime.of(2019, 4, 1, 0, 0)).param("id", at).update();
        String clerk = items.villageUser(villageA);
        Dashboard april = security.as(clerk, () -> dashboard.load(PeriodKind.MONTH, null, LocalDate.of(2019, 4, 30)));
        assertThat(april.clearance().openedInPeriod()).isEqualTo(1).isEqualTo(items(DashboardFilters.openedInPeriod(april), clerk));
        assertThat(april.clearance().closedInPeriod()).isEqualTo(1).isEqualTo(items(DashboardFilters.closedInPeriod(april), clerk));
        Dashboard march = security.as(clerk, () -> dashboard.load(PeriodKind.MONTH, null, LocalDate.of(2019, 3, 1)));
        assertThat(march.clearance().openedInPeriod()).isEqualTo(1);
        assertThat(march.clearance().closedInPeriod()).isZero();
        Dashboard q1 = security.as(clerk, () -> dashboard.load(PeriodKind.QUARTER, null, LocalDate.of(2019, 2, 10)));
        assertThat(q1.clearance().openedInPeriod()).isEqualTo(1);
        Dashboard y = security.as(clerk, () -> dashboard.load(PeriodKind.YEAR, null, LocalDate.of(2019, 7, 1)));
        assertThat(y.clearance().openedInPeriod()).isEqualTo(2);
        assertThat(y.trend().get(2)).isEqualTo(new Dashboard.MonthPoint(YearMonth.of(2019, 3), 1, 0));
        assertThat(y.trend().get(3)).isEqualTo(new Dashboard.MonthPoint(YearMonth.of(2019, 4), 1, 1));
    }

    @Test
    void thePrintedSnapshotIsOnePageWithTheFiguresAndEmbeddedFonts() throws Exception {
        Dashboard d = security.as(leader, () -> dashboard.load(PeriodKind.MONTH, null));
        java.nio.file.Path pdf = cn.qinglian.portal.report.PdfTools.write("dashboard-snapshot",
                security.as(leader, () -> report.pdf(d, null)));
        cn.qinglian.portal.report.PdfTools.preview(pdf);
        assertThat(cn.qinglian.portal.report.PdfTools.pages(pdf)).isEqualTo(1);
        // pdftotext drops the spaces and reads the table row by row: each value is followed by its note
        String text = cn.qinglian.portal.report.PdfTools.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("工作驾驶舱", d.period().label(), "村居亮灯", "统计图表");
        for (DashboardReport.Row row : DashboardReport.rows(d)) {
            assertThat(text).contains(row.label(), (row.value() + row.note()).replaceAll("\\s+", ""));
        }
        cn.qinglian.portal.report.PdfTools.assertFontsEmbedded(pdf);
    }
}

package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.PetitionStatus;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A cadre's generated archive over the last ten years: the yearly commitment, duty report and
 * appraisal, then entries of the other kinds at random dates, with the fields each kind carries
 * (scores, the form and measure of a sanction, a petition's status …), so the card and the rating
 * rules see what a real archive holds.
 */
final class ArchiveEntries {

    /** Kinds of the non-yearly entries, repeated by rough frequency. */
    private static final List<ArchiveKind> RANDOM_KINDS = weighted(
            ArchiveKind.FINANCE_CLEARANCE, 16, ArchiveKind.JOINT_REVIEW, 20, ArchiveKind.ECONOMIC_AUDIT, 5,
            ArchiveKind.INTEGRITY_ASSESSMENT, 10, ArchiveKind.TALK, 3, ArchiveKind.PERSONAL_REPORT, 14,
            ArchiveKind.PETITION, 3, ArchiveKind.ACCOUNTABILITY, 1);
    private static final List<String> MATTERS = List.of("道路硬化工程", "集体资产出租", "低保评定", "工程款支付",
            "土地流转", "村级办公经费支出", "农房改造补助");
    private static final List<String> COMPLAINTS = List.of("低保评定优亲厚友", "工程发包不公开", "集体资金使用不透明",
            "宅基地审批不规范", "征地补偿款发放不及时");
    private static final List<String> FAULTS = List.of("村务公开不及时", "违规报销招待费用", "履职不力", "违规发放补贴",
            "集体资产出租未经民主程序");
    private static final List<String> SENTENCES = List.of("经镇纪检办核实，相关情况已记录在案。",
            "本人对照检查，提出了整改措施并按期完成。", "村务监督委员会全程参与，群众无异议。",
            "相关资料已归档，原件存镇纪检办。", "已在村务公开栏公示七日。");

    private final Random random;
    private final LocalDate today;
    private final LocalDateTime now;

    ArchiveEntries(Random random, LocalDate today, LocalDateTime now) {
        this.random = random;
        this.today = today;
        this.now = now;
    }

    /** {@code count} entries (cadre id 0: set when the row is written), oldest years first. */
    List<ArchiveEntry> of(long township, long village, int count) {
        List<ArchiveEntry> list = new ArrayList<>(count);
        for (int year = today.getYear() - 10; year < today.getYear() && list.size() + 3 <= count; year++) {
            list.add(entry(township, village, ArchiveKind.COMMITMENT, LocalDate.of(year, 3, 1 + random.nextInt(28))));
            list.add(entry(township, village, ArchiveKind.DUTY_REPORT, LocalDate.of(year, 12, 1 + random.nextInt(20))));
            list.add(entry(township, village, ArchiveKind.PERFORMANCE, LocalDate.of(year, 12, 20 + random.nextInt(11))));
        }
        while (list.size() < count) {
            list.add(entry(township, village, RANDOM_KINDS.get(random.nextInt(RANDOM_KINDS.size())),
                    today.minusDays(random.nextInt(3650))));
        }
        return list;
    }

    private ArchiveEntry entry(long township, long village, ArchiveKind kind, LocalDate date) {
        int year = date.getYear();
        String title;
        @Nullable String result = null;
        @Nullable BigDecimal score = null;
        @Nullable String grade = null;
        @Nullable String document = null;
        @Nullable String body = null;
        @Nullable DisciplineForm form = null;
        @Nullable String measure = null;
        @Nullable LocalDate influenceUntil = null;
        @Nullable PetitionStatus petition = null;
        switch (kind) {
            case COMMITMENT -> {
                title = year + "年度廉洁承诺书签订";
                result = "已签订并公示";
            }
            case DUTY_REPORT, PERFORMANCE -> {
                title = year + (kind == ArchiveKind.DUTY_REPORT ? "年度述责述廉" : "年度绩效考评");
                score = BigDecimal.valueOf(700 + random.nextInt(290), 1);
                grade = score.intValue() >= 90 ? "优秀" : score.intValue() >= 80 ? "良好" : "合格";
                result = kind == ArchiveKind.DUTY_REPORT ? (random.nextInt(10) < 8 ? "群众测评满意" : "群众测评基本满意") : null;
            }
            case FINANCE_CLEARANCE -> {
                title = "村级财务清理（" + year + "年第" + (1 + random.nextInt(4)) + "季度）";
                result = random.nextInt(10) < 8 ? "账目清楚，无问题" : "发现问题，已整改";
            }
            case JOINT_REVIEW -> {
                title = "重大事项联审联签：" + pick(MATTERS);
                result = random.nextInt(10) < 9 ? "同意" : "修改后同意";
            }
            case ECONOMIC_AUDIT -> {
                title = random.nextBoolean() ? "任期经济责任审计" : "专项经济责任审计";
                result = random.nextInt(10) < 7 ? "未发现重大问题" : "提出整改建议" + (1 + random.nextInt(5)) + "条";
                body = "区审计局";
            }
            case INTEGRITY_ASSESSMENT -> {
                title = year + "年廉情事项评估";
                int r = random.nextInt(100);
                grade = r < 90 ? "绿" : r < 98 ? "黄" : "橙";
            }
            case TALK -> {
                title = pick(List.of("廉政提醒谈话", "任前廉政谈话", "节前廉政约谈"));
                result = "已谈话";
            }
            case PERSONAL_REPORT -> {
                title = year + "年度个人有关事项报告";
                result = "如实报告";
            }
            case PETITION -> {
                title = "群众反映" + pick(COMPLAINTS);
                int r = random.nextInt(100);
                petition = date.isAfter(today.minusMonths(6)) && r < 50 ? PetitionStatus.OPEN
                        : r < 8 ? PetitionStatus.VERIFIED : r < 70 ? PetitionStatus.UNFOUNDED : PetitionStatus.CLOSED;
            }
            case ACCOUNTABILITY -> {
                title = pick(FAULTS);
                int r = random.nextInt(100);
                form = r < 60 ? DisciplineForm.FIRST : r < 85 ? DisciplineForm.SECOND
                        : r < 97 ? DisciplineForm.THIRD : DisciplineForm.FOURTH;
                measure = pick(form.measures());
                document = (random.nextBoolean() ? "青纪" : "区纪") + "〔" + year + "〕" + (1 + random.nextInt(60)) + "号";
                body = document.startsWith("青") ? "镇纪委" : "区纪委";
                influenceUntil = switch (form) {
                    case FIRST -> null;
                    case SECOND -> date.plusMonths(12);
                    case THIRD -> date.plusMonths(24);
                    case FOURTH -> date.plusYears(5);
                };
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        boolean revoked = random.nextInt(100) == 0;
        LocalDateTime created = date.atTime(9 + random.nextInt(8), random.nextInt(60));
        return new ArchiveEntry(null, 0, township, village, kind, date, title, summary(), result, score, grade, document,
                body, form, measure, influenceUntil, petition, revoked, revoked ? "录入错误，重新登记" : null, 0,
                DatasetGenerator.DISTRICT_DISCIPLINE, created, created.isAfter(now) ? now : created, null);
    }

    /** Two in five entries have a note of one to three sentences. */
    private @Nullable String summary() {
        if (random.nextInt(5) >= 2) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(3); i >= 0; i--) {
            s.append(pick(SENTENCES));
        }
        return s.toString();
    }

    static @Nullable Object[] row(long cadreId, ArchiveEntry e) {
        return new @Nullable Object[]{cadreId, e.townshipId(), e.villageId(), e.kind().name(), e.entryDate(), e.title(),
                e.summary(), e.result(), e.score(), e.grade(), e.documentNumber(), e.issuingBody(),
                e.disciplineForm() == null ? null : e.disciplineForm().name(), e.measure(), e.influenceUntil(),
                e.petitionStatus() == null ? null : e.petitionStatus().name(), e.revoked(), e.revokeReason(),
                e.createdBy(), e.createdAt(), e.updatedAt()};
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<ArchiveKind> weighted(Object... kindsAndWeights) {
        List<ArchiveKind> list = new ArrayList<>();
        for (int i = 0; i < kindsAndWeights.length; i += 2) {
            for (int w = 0; w < (Integer) kindsAndWeights[i + 1]; w++) {
                list.add((ArchiveKind) kindsAndWeights[i]);
            }
        }
        return List.copyOf(list);
    }
}

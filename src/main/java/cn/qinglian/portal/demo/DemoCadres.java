package cn.qinglian.portal.demo;

import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.DisciplineForm;
import cn.qinglian.portal.cadre.IdCardNumber;
import cn.qinglian.portal.cadre.PetitionStatus;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.RatingRules;
import cn.qinglian.portal.cadre.RatingSuggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Fictional cadres with a plausible archive for each demo village (part of {@link DemoData}). */
@Component
class DemoCadres {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    private static final String[] GIVEN = {"堃", "喆", "建国", "秀英", "海峰", "丽华", "志强", "文杰", "春梅", "国平",
            "晓燕", "德明", "玉兰", "永康", "慧敏"};
    private static final Position[][] TEAM = {
            {Position.PARTY_SECRETARY, Position.DIRECTOR},
            {Position.DEPUTY_SECRETARY},
            {Position.PARTY_COMMITTEE_MEMBER},
            {Position.VILLAGE_COMMITTEE_MEMBER},
            {Position.SUPERVISION_DIRECTOR}};

    private final JdbcClient jdbc;

    DemoCadres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Seeds five cadres per village; returns how many were created. */
    int seed(long township, List<Long> villages, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        int n = 0;
        for (long village : villages) {
            for (Position[] posts : TEAM) {
                String name = SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length];
                LocalDate birth = LocalDate.of(1965, 3, 1).plusDays(n * 397L % 9000);
                String id = IdCardNumber.withCheckCharacter("330102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", 100 + n % 800));
                long cadre = insertCadre(township, village, name, id, birth, n, now);
                int key = 0;
                for (Position p : posts) {
                    jdbc.sql("INSERT INTO cadre_position (cadre, position, started_on, ended_on, cadre_key) VALUES (:c, :p, :s, :e, :k)")
                            .param("c", cadre).param("p", p.name()).param("s", LocalDate.of(2021, 1, 1))
                            .param("e", LocalDate.of(2026, 12, 31).plusDays(n % 3 == 0 ? 0 : 365 * 4L)).param("k", key++).update();
                }
                List<ArchiveEntry> archive = archive(cadre, township, village, n, today, now);
                RatingSuggestion rating = RatingRules.suggest(archive, today);
                jdbc.sql("UPDATE cadre SET rating = :r WHERE id = :id").param("r", rating.colour().name()).param("id", cadre).update();
                jdbc.sql("""
                                INSERT INTO integrity_rating (cadre_id, colour, suggested_colour, reasons, set_by, set_at)
                                VALUES (:c, :r, :r, :reasons, '系统', :now)""")
                        .param("c", cadre).param("r", rating.colour().name())
                        .param("reasons", String.join("\n", rating.reasons())).param("now", now).update();
                n++;
            }
        }
        return n;
    }

    private long insertCadre(long township, long village, String name, String id, LocalDate birth, int n, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO cadre (township_id, village_id, name, gender, birth_date, id_number, mobile, party_member,
                                           party_joined_on, education, status, rating, created_at, updated_at)
                        VALUES (:t, :v, :name, :g, :b, :id, :m, :pm, :pj, :edu, 'SERVING', 'GREEN', :now, :now)""")
                .param("t", township).param("v", village).param("name", name)
                .param("g", IdCardNumber.genderOf(id).name()).param("b", birth).param("id", id)
                .param("m", "139" + String.format("%08d", 10000000 + n * 7919 % 89999999)).param("pm", n % 5 != 3)
                .param("pj", n % 5 != 3 ? birth.plusYears(25) : null).param("edu", n % 2 == 0 ? "大专" : "高中")
                .param("now", now).update(keys);
        return keys.getKey().longValue();
    }

    private List<ArchiveEntry> archive(long cadre, long township, long village, int n, LocalDate today, LocalDateTime now) {
        List<ArchiveEntry> list = new ArrayList<>();
        list.add(entry(cadre, township, village, ArchiveKind.COMMITMENT, LocalDate.of(today.getYear() - 1, 3, 15),
                (today.getYear() - 1) + "年度廉洁承诺书签订", "已签订并公示", null, null, null, null, null, null, null, now));
        list.add(entry(cadre, township, village, ArchiveKind.DUTY_REPORT, LocalDate.of(today.getYear() - 1, 12, 20),
                (today.getYear() - 1) + "年度述责述廉", "群众测评满意", new BigDecimal(85 + n % 12), "良好", null, null, null, null, null, now));
        list.add(entry(cadre, township, village, ArchiveKind.PERFORMANCE, LocalDate.of(today.getYear() - 1, 12, 28),
                (today.getYear() - 1) + "年度绩效考评", null, new BigDecimal(80 + n % 18), n % 4 == 0 ? "优秀" : "合格", null, null, null, null, null, now));
        if (n % 9 == 4) {
            list.add(entry(cadre, township, village, ArchiveKind.ACCOUNTABILITY, today.minusMonths(4), "村务公开不及时",
                    null, null, null, "青纪〔" + today.getYear() + "〕" + (n % 20 + 1) + "号", DisciplineForm.FIRST, "提醒谈话",
                    null, null, now));
        }
        if (n % 17 == 8) {
            list.add(entry(cadre, township, village, ArchiveKind.ACCOUNTABILITY, today.minusMonths(6), "违规报销招待费用",
                    null, null, null, "青纪〔" + today.getYear() + "〕" + (n % 20 + 3) + "号", DisciplineForm.SECOND,
                    "党纪轻处分", today.plusMonths(6), null, now));
        }
        if (n % 11 == 5) {
            list.add(entry(cadre, township, village, ArchiveKind.PETITION, today.minusDays(20), "群众反映低保评定优亲厚友",
                    null, null, null, null, null, null, null, PetitionStatus.OPEN, now));
        }
        return list;
    }

    private ArchiveEntry entry(long cadre, long township, long village, ArchiveKind kind, LocalDate date, String title,
                               @Nullable String result, @Nullable BigDecimal score, @Nullable String grade,
                               @Nullable String documentNumber, @Nullable DisciplineForm form, @Nullable String measure,
                               @Nullable LocalDate influenceUntil, @Nullable PetitionStatus petition, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO archive_entry (cadre_id, township_id, village_id, kind, entry_date, title, result, score,
                                                   grade, document_number, issuing_body, discipline_form, measure,
                                                   influence_until, petition_status, created_by, created_at, updated_at)
                        VALUES (:c, :t, :v, :k, :d, :title, :result, :score, :grade, :doc, :body, :form, :measure, :until,
                                :petition, '系统', :now, :now)""")
                .param("c", cadre).param("t", township).param("v", village).param("k", kind.name()).param("d", date)
                .param("title", title).param("result", result).param("score", score).param("grade", grade)
                .param("doc", documentNumber).param("body", documentNumber == null ? null : "镇纪委")
                .param("form", form == null ? null : form.name()).param("measure", measure).param("until", influenceUntil)
                .param("petition", petition == null ? null : petition.name()).param("now", now).update();
        return new ArchiveEntry(null, cadre, township, village, kind, date, title, null, result, score, grade,
                documentNumber, null, form, measure, influenceUntil, petition, false, null, 0, "系统", now, now, null);
    }
}

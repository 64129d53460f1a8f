package cn.qinglian.portal.cadre;

import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 联审: may a person (a cadre or a candidate who is not one yet) serve as a village cadre? Blocked
 * while a sanction's influence period runs; needs review while a petition naming them is open or was
 * found true within 24 months; otherwise eligible.
 */
@Service
public class EligibilityReviewService {

    /** The offices that sign the review sheet. */
    public static final List<String> SIGNING_OFFICES = List.of("镇纪检办", "镇党建办（组织）", "镇派出所", "镇综治办");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** A person to review. */
    public record Candidate(String name, String idNumber) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    EligibilityReviewService(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EligibilityVerdict review(Candidate candidate) {
        return review(List.of(candidate)).getFirst();
    }

    @Transactional(readOnly = true)
    public List<EligibilityVerdict> review(List<Candidate> candidates) {
        PortalUser user = requireReviewer();
        LocalDate today = LocalDate.now(clock);
        List<EligibilityVerdict> verdicts = new ArrayList<>();
        for (Candidate c : candidates) {
            verdicts.add(verdict(user, c, today));
        }
        return verdicts;
    }

    /** The printable sheet for a batch of verdicts. */
    public EligibilitySheet sheet(String title, List<EligibilityVerdict> verdicts) {
        PortalUser user = requireReviewer();
        String township = user.scopeLabel();
        return new EligibilitySheet(title.isBlank() ? "村（社区）干部任职资格联审表" : title.trim(), township,
                DATE_TIME.format(LocalDateTime.now(clock)), user.displayName(), verdicts, SIGNING_OFFICES);
    }

    private EligibilityVerdict verdict(PortalUser user, Candidate c, LocalDate today) {
        String name = c.name() == null ? "" : c.name().trim();
        var problem = IdCardNumber.problem(c.idNumber(), today);
        if (problem.isPresent()) {
            return new EligibilityVerdict(name, String.valueOf(c.idNumber()), EligibilityVerdict.Verdict.NEEDS_REVIEW,
                    List.of("身份证号有误：" + problem.get()), null);
        }
        String id = IdCardNumber.normalise(c.idNumber());
        String shown = CadreService.seesIdentity(user) ? id : IdCardNumber.mask(id);
        ScopeCondition s = user.scope().on("e.township_id").village("e.village_id").officeSeesTownship().build();
        List<ArchiveEntry> archive = jdbc.sql("SELECT e.* FROM archive_entry e JOIN cadre c ON c.id = e.cadre_id "
                        + "WHERE c.id_number = :id AND NOT e.revoked AND " + s.sql())
                .param("id", id).params(s.params()).query(ArchiveEntry.class).list();
        List<ArchiveEntry> sanctions = archive.stream().filter(e -> e.sanctionRunningOn(today))
                .sorted(Comparator.comparing(ArchiveEntry::influenceUntil).reversed()).toList();
        if (!sanctions.isEmpty()) {
            return new EligibilityVerdict(name, shown, EligibilityVerdict.Verdict.BLOCKED,
                    sanctions.stream().map(e -> "受到" + e.detail() + "（" + e.title() + "，" + nz(e.documentNumber()) + "）").toList(),
                    Objects.requireNonNull(sanctions.getFirst().influenceUntil()));
        }
        List<String> open = archive.stream()
                .filter(e -> e.kind() == ArchiveKind.PETITION && (e.petitionStatus() == PetitionStatus.OPEN
                        || e.petitionStatus() == PetitionStatus.VERIFIED && e.entryDate().isAfter(today.minusMonths(24))))
                .map(e -> (e.petitionStatus() == PetitionStatus.OPEN ? "有核查中的信访举报：" : "信访举报经核查属实：") + e.title())
                .toList();
        if (!open.isEmpty()) {
            return new EligibilityVerdict(name, shown, EligibilityVerdict.Verdict.NEEDS_REVIEW, open, null);
        }
        boolean known = jdbc.sql("SELECT COUNT(*) FROM cadre WHERE id_number = :id").param("id", id)
                .query(Integer.class).single() > 0;
        return new EligibilityVerdict(name, shown, EligibilityVerdict.Verdict.ELIGIBLE,
                List.of(known ? "廉洁档案中无影响任职的记录" : "无村居干部廉洁档案记录"), null);
    }

    private static String nz(String s) {
        return s == null ? "无文号" : s;
    }

    private PortalUser requireReviewer() {
        PortalUser user = currentUser.require();
        if (!CadreService.edits(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以进行联审");
        }
        return user;
    }

}

package cn.qinglian.portal.letter;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import cn.qinglian.portal.security.ScopeUnit;
import jakarta.validation.Validator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Letter templates: one per township, year and position group. DISCIPLINE and PARTY_OFFICE write them;
 * every save is a new revision (kept), so letters already generated never change.
 */
@Service
public class LetterTemplateService {

    private final LetterTemplateRepository templates;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Validator validator;
    private final LetterReport report;
    private final Clock clock;

    LetterTemplateService(LetterTemplateRepository templates, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit,
                          Validator validator, LetterReport report, Clock clock) {
        this.templates = templates;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.report = report;
        this.clock = clock;
    }

    public static boolean edits(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    /** The templates of a year in the user's townships, by township then position group. */
    @Transactional(readOnly = true)
    public List<LetterTemplate> list(int year) {
        ScopeCondition s = scope();
        return jdbc.sql("SELECT lt.* FROM letter_template lt WHERE lt.year = :year AND " + s.sql()
                        + " ORDER BY lt.township_id, FIELD(lt.position_group, 'LEADERS', 'COMMITTEE', 'SUPERVISION')")
                .param("year", year).params(s.params()).query(LetterTemplate.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<LetterTemplate> get(long id) {
        ScopeCondition s = scope();
        return jdbc.sql("SELECT lt.* FROM letter_template lt WHERE lt.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(LetterTemplate.class).optional();
    }

    /** The saved texts of a template, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> revisions(long templateId) {
        get(templateId).orElseThrow(() -> new RecordNotFoundException("承诺书模板"));
        return jdbc.sql("SELECT revision, title, salutation, preamble, pledges, closing, saved_by, saved_at "
                        + "FROM letter_template_revision WHERE template_id = :t ORDER BY revision DESC")
                .param("t", templateId).query(Revision.class).list();
    }

    /** A new template's starting text, for the user's (first) township. */
    public LetterTemplateDraft newDraft(int year, PositionGroup group) {
        LetterTemplateDraft d = DefaultLetterTexts.draft(year, group);
        d.setTownshipId(currentUser.require().scope().townshipId());
        return d;
    }

    /** Field errors (empty when valid), with the place of a bad placeholder in its field. */
    public Map<String, String> problems(LetterTemplateDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(d).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        LetterText.problem(d.getTitle()).ifPresent(p -> errors.putIfAbsent("title", "标题" + p));
        LetterText.problem(d.getSalutation()).ifPresent(p -> errors.putIfAbsent("salutation", "称谓" + p));
        LetterText.problemInLines(d.getPreamble(), "段").ifPresent(p -> errors.putIfAbsent("preamble", "开头" + p));
        LetterText.problemInLines(d.getPledges(), "条").ifPresent(p -> errors.putIfAbsent("pledges", "承诺事项" + p));
        LetterText.problemInLines(d.getClosing(), "段").ifPresent(p -> errors.putIfAbsent("closing", "结尾" + p));
        if (LetterText.lines(d.getPledges()).size() > 20) {
            errors.putIfAbsent("pledges", "承诺事项不能超过20条（一页纸打印）");
        }
        return errors;
    }

    @Transactional
    public LetterTemplate save(LetterTemplateDraft d) {
        PortalUser user = requireEditor();
        Map<String, String> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        long township = townshipInScope(d.getTownshipId());
        LocalDateTime now = LocalDateTime.now(clock);
        LetterTemplate before = null;
        if (d.getId() != null) {
            before = get(d.getId()).orElseThrow(() -> new RecordNotFoundException("承诺书模板"));
            if (before.year() != d.getYear() || before.positionGroup() != d.getPositionGroup()
                    || before.townshipId() != township) {
                throw new ValidationFailedException("year", "已保存的模板不能改变年度、职务类别或乡镇，请新建模板");
            }
        } else if (exists(township, Objects.requireNonNull(d.getYear()), Objects.requireNonNull(d.getPositionGroup()))) {
            throw new ValidationFailedException("positionGroup",
                    d.getYear() + "年度“" + d.getPositionGroup().label() + "”模板已存在，请在原模板上修改");
        }
        LetterTemplate after = templates.save(new LetterTemplate(d.getId(), township, Objects.requireNonNull(d.getYear()),
                Objects.requireNonNull(d.getPositionGroup()), d.getTitle().strip(), d.getSalutation().strip(),
                String.join("\n", LetterText.lines(d.getPreamble())), String.join("\n", LetterText.lines(d.getPledges())),
                String.join("\n", LetterText.lines(d.getClosing())), before == null ? 1 : before.revision() + 1,
                d.getVersion(), user.username(), now));
        jdbc.sql("""
                        INSERT INTO letter_template_revision (template_id, revision, title, salutation, preamble, pledges,
                                                              closing, saved_by, saved_at)
                        VALUES (:t, :r, :title, :salutation, :preamble, :pledges, :closing, :by, :at)""")
                .param("t", after.id()).param("r", after.revision()).param("title", after.title())
                .param("salutation", after.salutation()).param("preamble", after.preamble())
                .param("pledges", after.pledges()).param("closing", after.closing()).param("by", user.username())
                .param("at", now).update();
        audit.record("letter_template", after.id(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, before, after);
        return after;
    }

    /** The draft printed as a letter with sample values, before it is saved (field errors refuse it). */
    @Transactional(readOnly = true)
    public byte[] preview(LetterTemplateDraft d) {
        Map<String, String> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        int year = Objects.requireNonNull(d.getYear());
        String township = townshipName(townshipInScope(d.getTownshipId()));
        Map<Placeholder, String> sample = Map.of(Placeholder.NAME, "王堃喆", Placeholder.VILLAGE, "示例村",
                Placeholder.POSITION, switch (Objects.requireNonNull(d.getPositionGroup())) {
                    case LEADERS -> "党组织书记";
                    case COMMITTEE -> "村（居）委会委员";
                    case SUPERVISION -> "监委会主任";
                }, Placeholder.YEAR, String.valueOf(year), Placeholder.DATE, LetterDates.text(LocalDate.now(clock)),
                Placeholder.TOWNSHIP, township);
        return report.pdf(LetterPrinting.print(LetterText.fill(d.getTitle(), sample), LetterText.fill(d.getSalutation(), sample),
                LetterText.fill(d.getPreamble(), sample), LetterText.fill(d.getPledges(), sample),
                LetterText.fill(d.getClosing(), sample), sample.get(Placeholder.NAME), sample.get(Placeholder.VILLAGE),
                sample.get(Placeholder.POSITION), township, year));
    }

    /** The townships the user may keep templates for (one for township users). */
    @Transactional(readOnly = true)
    public List<ScopeUnit> townships() {
        ScopeCondition s = currentUser.require().scope().on("tw.id").officeSeesTownship().build();
        return jdbc.sql("SELECT tw.id, tw.name, tw.id AS township_id FROM township tw WHERE " + s.sql() + " ORDER BY tw.name")
                .params(s.params()).query(ScopeUnit.class).list();
    }

    private boolean exists(long township, int year, PositionGroup group) {
        return jdbc.sql("SELECT COUNT(*) FROM letter_template WHERE township_id = :t AND year = :y AND position_group = :g")
                .param("t", township).param("y", year).param("g", group.name()).query(Integer.class).single() > 0;
    }

    private long townshipInScope(Long wanted) {
        List<ScopeUnit> mine = townships();
        if (wanted == null && mine.size() == 1) {
            return mine.getFirst().id();
        }
        return mine.stream().filter(t -> t.id() == Objects.requireNonNullElse(wanted, -1L)).findFirst()
                .map(ScopeUnit::id).orElseThrow(() -> new ValidationFailedException("townshipId", "请选择乡镇"));
    }

    private String townshipName(long id) {
        return jdbc.sql("SELECT name FROM township WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Templates belong to a township: its office-level readers see them, village users do not. */
    private ScopeCondition scope() {
        return currentUser.require().scope().on("lt.township_id").officeSeesTownship().build();
    }

    private PortalUser requireEditor() {
        PortalUser user = currentUser.require();
        if (!edits(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以修改承诺书模板");
        }
        return user;
    }

    /** One saved text of a template. */
    public record Revision(int revision, String title, String salutation, String preamble, String pledges,
                           String closing, String savedBy, LocalDateTime savedAt) {
    }
}

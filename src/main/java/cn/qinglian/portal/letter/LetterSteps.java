package cn.qinglian.portal.letter;

import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.FileType;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveEntryDraft;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.ArchiveService;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The steps of a letter: 签订 (with the signed scan) → 公示 → 践诺评议, and reverting the last step with a
 * reason. Signing writes the 廉洁承诺 entry of the cadre's archive (the scan is stored there, once), the
 * review writes a 绩效考评 entry; reverting revokes the entry it wrote. Every step is audited and kept in
 * the letter's history.
 */
@Service
public class LetterSteps {

    private static final Set<FileType> SCAN_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final CommitmentLetterRepository letters;
    private final LetterService reads;
    private final ArchiveService archive;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    LetterSteps(CommitmentLetterRepository letters, LetterService reads, ArchiveService archive, JdbcClient jdbc,
                CurrentUser currentUser, AuditLog audit, Validator validator, Clock clock) {
        this.letters = letters;
        this.reads = reads;
        this.archive = archive;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public CommitmentLetter sign(long letterId, int version, SigningDraft d) {
        PortalUser user = currentUser.require();
        if (!LetterService.signs(user)) {
            throw new AccessDeniedException("只有村居、镇纪检办、镇党建办可以登记承诺书签订");
        }
        CommitmentLetter l = load(letterId, version);
        if (l.status() != LetterStatus.PENDING) {
            throw new ValidationFailedException("status", "该承诺书已签订，不能重复登记");
        }
        Map<String, String> errors = errors(d);
        notAfterToday(errors, "signedOn", d.getSignedOn(), "签订日期");
        if (d.getSignedOn() != null && d.getSignedOn().isBefore(l.letterDate())) {
            errors.putIfAbsent("signedOn", "签订日期不能早于承诺书生成日期（" + LetterDates.text(l.letterDate()) + "）");
        }
        byte[] scan = d.getContent();
        String fileName = d.getFileName();
        if (scan == null || fileName == null) {
            errors.putIfAbsent("scan", "请上传签字后的承诺书扫描件（PDF、JPG或PNG）");
        } else {
            try {
                if (!SCAN_TYPES.contains(AttachmentStore.check(fileName, scan))) {
                    errors.putIfAbsent("scan", "扫描件只接受PDF、JPG或PNG文件");
                }
            } catch (ValidationFailedException e) {
                errors.putIfAbsent("scan", firstMessage(e));
            }
        }
        refuseIf(errors);
        LocalDate signedOn = Objects.requireNonNull(d.getSignedOn());
        ArchiveEntry entry = archive.recordFor(l.route(), archiveDraft(l, ArchiveKind.COMMITMENT, signedOn,
                l.year() + "年度廉洁承诺书签订", l.title(), "已签订", ""), Map.of(Objects.requireNonNull(fileName),
                Objects.requireNonNull(scan)));
        return store(l, l.with(LetterStatus.SIGNED, signedOn, entry.id(), null, null, null, null, null, null, null, now()),
                LetterStep.SIGN, LetterDates.text(signedOn) + "签订，扫描件：" + fileName);
    }

    @Transactional
    public CommitmentLetter publish(long letterId, int version, PublicationDraft d) {
        requireManager("公示");
        CommitmentLetter l = load(letterId, version);
        return publish(l, d);
    }

    /**
     * 公示 of several letters at once, with one date and place. Letters that are not signed yet, or are
     * already published, are left as they are and named in the result.
     */
    @Transactional
    public BulkOutcome publishAll(List<Long> letterIds, PublicationDraft d) {
        requireManager("公示");
        refuseIf(errors(d));
        int done = 0;
        List<String> skipped = new ArrayList<>();
        List<CommitmentLetter> selected = reads.get(letterIds);
        if (selected.size() != new java.util.HashSet<>(letterIds).size()) {
            throw new RecordNotFoundException("承诺书");
        }
        Map<Long, String> names = reads.cadreNames(selected);
        for (CommitmentLetter l : selected) {
            if (l.status() != LetterStatus.SIGNED) {
                skipped.add(names.get(l.id()) + "（" + l.status().label() + "）");
                continue;
            }
            try {
                publish(l, d);
                done++;
            } catch (ValidationFailedException e) {
                skipped.add(names.get(l.id()) + "（" + firstMessage(e) + "）");
            }
        }
        return new BulkOutcome(done, skipped);
    }

    private CommitmentLetter publish(CommitmentLetter l, PublicationDraft d) {
        if (l.status() != LetterStatus.SIGNED) {
            throw new ValidationFailedException("status", l.status() == LetterStatus.PENDING
                    ? "承诺书签订后才能公示" : "该承诺书已公示");
        }
        Map<String, String> errors = errors(d);
        notAfterToday(errors, "publishedOn", d.getPublishedOn(), "公示日期");
        if (d.getPublishedOn() != null && d.getPublishedOn().isBefore(Objects.requireNonNull(l.signedOn()))) {
            errors.putIfAbsent("publishedOn", "公示日期不能早于签订日期（" + LetterDates.text(l.signedOn()) + "）");
        }
        refuseIf(errors);
        LocalDate on = Objects.requireNonNull(d.getPublishedOn());
        return store(l, l.with(LetterStatus.PUBLISHED, l.signedOn(), l.signedEntryId(), on, d.getPlace().strip(), null,
                null, null, null, null, now()), LetterStep.PUBLISH, LetterDates.text(on) + "在" + d.getPlace().strip() + "公示");
    }

    @Transactional
    public CommitmentLetter review(long letterId, int version, ReviewDraft d) {
        requireManager("践诺评议");
        CommitmentLetter l = load(letterId, version);
        if (l.status() != LetterStatus.PUBLISHED) {
            throw new ValidationFailedException("status", l.status() == LetterStatus.REVIEWED
                    ? "该承诺书已完成践诺评议" : "承诺书签订并公示后才能进行践诺评议");
        }
        Map<String, String> errors = errors(d);
        notAfterToday(errors, "reviewedOn", d.getReviewedOn(), "评议日期");
        if (d.getReviewedOn() != null && d.getReviewedOn().isBefore(Objects.requireNonNull(l.publishedOn()))) {
            errors.putIfAbsent("reviewedOn", "评议日期不能早于公示日期（" + LetterDates.text(l.publishedOn()) + "）");
        }
        refuseIf(errors);
        LocalDate on = Objects.requireNonNull(d.getReviewedOn());
        Evaluation evaluation = Objects.requireNonNull(d.getEvaluation());
        ArchiveEntry entry = archive.recordFor(l.route(), archiveDraft(l, ArchiveKind.PERFORMANCE, on,
                l.year() + "年度践诺评议", d.getSelfReport().strip(), "评议人：" + d.getEvaluator().strip(),
                evaluation.label()), Map.of());
        return store(l, l.with(LetterStatus.REVIEWED, l.signedOn(), l.signedEntryId(), l.publishedOn(), l.publishedWhere(),
                        d.getSelfReport().strip(), evaluation, d.getEvaluator().strip(), on, entry.id(), now()),
                LetterStep.REVIEW, "评议结果：" + evaluation.label() + "，评议人：" + d.getEvaluator().strip());
    }

    /** Takes back the last step (e.g. a scan of the wrong person); the archive entry it wrote is revoked. */
    @Transactional
    public CommitmentLetter revert(long letterId, int version, String reason) {
        requireManager("撤回");
        CommitmentLetter l = load(letterId, version);
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException("reason", "请填写撤回原因");
        }
        if (reason.strip().length() > 200) {
            throw new ValidationFailedException("reason", "撤回原因不能超过200个字");
        }
        String why = "撤回承诺书环节：" + reason.strip();
        CommitmentLetter after = switch (l.status()) {
            case PENDING -> throw new ValidationFailedException("status", "待签订的承诺书没有可撤回的环节");
            case SIGNED -> {
                archive.revokeFor(l.route(), Objects.requireNonNull(l.signedEntryId()), why);
                yield l.with(LetterStatus.PENDING, null, null, null, null, null, null, null, null, null, now());
            }
            case PUBLISHED -> l.with(LetterStatus.SIGNED, l.signedOn(), l.signedEntryId(), null, null, null, null, null,
                    null, null, now());
            case REVIEWED -> {
                archive.revokeFor(l.route(), Objects.requireNonNull(l.reviewEntryId()), why);
                yield l.with(LetterStatus.PUBLISHED, l.signedOn(), l.signedEntryId(), l.publishedOn(), l.publishedWhere(),
                        null, null, null, null, null, now());
            }
        };
        return store(l, after, LetterStep.REVERT, "撤回“" + l.status().label() + "”：" + reason.strip());
    }

    /** How a bulk step ended: how many letters it changed, and the ones it left, with why. */
    public record BulkOutcome(int done, List<String> skipped) {
    }

    private CommitmentLetter store(CommitmentLetter before, CommitmentLetter after, String action, String note) {
        CommitmentLetter saved = letters.save(after);
        jdbc.sql("INSERT INTO letter_step (letter_id, action, status, note, done_by, done_at)"
                        + " VALUES (:l, :a, :s, :n, :by, :at)")
                .param("l", saved.id()).param("a", action).param("s", saved.status().name()).param("n", note)
                .param("by", currentUser.require().displayName()).param("at", saved.updatedAt()).update();
        audit.record("commitment_letter", saved.id(), AuditAction.UPDATE, before, saved);
        return saved;
    }

    private CommitmentLetter load(long letterId, int version) {
        CommitmentLetter l = reads.get(letterId).orElseThrow(() -> new RecordNotFoundException("承诺书"));
        if (!Objects.equals(l.version(), version)) {
            throw new OptimisticLockingFailureException("承诺书 " + letterId + " 已被他人办理");
        }
        return l;
    }

    private static String firstMessage(ValidationFailedException e) {
        return e.fieldErrors().values().stream().findFirst().orElse(e.getMessage());
    }

    private static ArchiveEntryDraft archiveDraft(CommitmentLetter l, ArchiveKind kind, LocalDate on, String title,
                                                  String summary, String result, String grade) {
        ArchiveEntryDraft d = new ArchiveEntryDraft();
        d.setCadreId(l.cadreId());
        d.setKind(kind);
        d.setEntryDate(on);
        d.setTitle(title);
        d.setSummary(summary);
        d.setResult(result);
        d.setGrade(grade);
        return d;
    }

    private Map<String, String> errors(Object draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(draft).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    private void notAfterToday(Map<String, String> errors, String field, @Nullable LocalDate day, String what) {
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            errors.putIfAbsent(field, what + "不能晚于今天");
        }
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private void requireManager(String step) {
        if (!LetterService.manages(currentUser.require())) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以办理承诺书" + step);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

package cn.qinglian.portal.cadre;

import cn.qinglian.portal.attachment.AttachmentInfo;
import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.StoredFile;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.DraftValidator;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The integrity archive: entries of every kind, their attachments and the per-cadre timeline. Who
 * may see a cadre may see the archive; DISCIPLINE and PARTY_OFFICE write it. Entries are revoked
 * with a reason, never deleted. Every change refreshes the cadre's suggested rating.
 */
@Service
public class ArchiveService {

    static final String OWNER = "archive_entry";

    private final ArchiveEntryRepository entries;
    private final CadreService cadres;
    private final IntegrityRatingService ratings;
    private final AttachmentStore attachments;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final DraftValidator validator;
    private final Clock clock;

    ArchiveService(ArchiveEntryRepository entries, CadreService cadres, IntegrityRatingService ratings,
                   AttachmentStore attachments, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit,
                   DraftValidator validator, Clock clock) {
        this.entries = entries;
        this.cadres = cadres;
        this.ratings = ratings;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** The cadre's entries, newest first, optionally of one kind, with their attachments. */
    @Transactional(readOnly = true)
    public List<TimelineItem> timeline(long cadreId, @Nullable ArchiveKind kind) {
        requireVisible(cadreId);
        List<ArchiveEntry> list = jdbc.sql("SELECT * FROM archive_entry WHERE cadre_id = :c"
                        + (kind == null ? "" : " AND kind = :kind") + " ORDER BY entry_date DESC, id DESC")
                .param("c", cadreId).param("kind", kind == null ? null : kind.name())
                .query(ArchiveEntry.class).list();
        Map<Long, Integer> counts = attachments.counts(OWNER, list.stream().map(ArchiveEntry::id).toList());
        return list.stream().map(e -> new TimelineItem(e, counts.getOrDefault(e.id(), 0) == 0 ? List.of()
                : attachments.list(OWNER, e.id()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ArchiveEntry> get(long entryId) {
        return entries.findById(entryId).filter(e -> cadres.visible(e.cadreId()));
    }

    /** Field errors of a draft, including the rules of its kind (empty when valid). */
    public Map<String, String> problems(ArchiveEntryDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            validator.require(d);
        } catch (ValidationFailedException e) {
            errors.putAll(e.fieldErrors());
        }
        if (d.getKind() == ArchiveKind.ACCOUNTABILITY) {
            if (d.getDisciplineForm() == null) {
                errors.putIfAbsent("disciplineForm", "问责处理须选择四种形态");
            }
            if (d.getMeasure().isBlank()) {
                errors.putIfAbsent("measure", "问责处理须填写处理措施");
            }
            if (d.getDocumentNumber().isBlank()) {
                errors.putIfAbsent("documentNumber", "问责处理须填写处理决定文号");
            }
        }
        if (d.getKind() == ArchiveKind.PETITION && d.getPetitionStatus() == null) {
            errors.putIfAbsent("petitionStatus", "信访涉及须选择核查状态");
        }
        if (d.getInfluenceUntil() != null && d.getEntryDate() != null && d.getInfluenceUntil().isBefore(d.getEntryDate())) {
            errors.putIfAbsent("influenceUntil", "影响期截止日不能早于处理日期");
        }
        if (d.getEntryDate() != null && d.getEntryDate().isAfter(java.time.LocalDate.now(clock))) {
            errors.putIfAbsent("entryDate", "日期不能晚于今天");
        }
        return errors;
    }

    @Transactional
    public ArchiveEntry save(ArchiveEntryDraft d) {
        return save(d, Map.of());
    }

    /** Stores the entry and its files together: a refused file leaves nothing half-written. */
    @Transactional
    public ArchiveEntry save(ArchiveEntryDraft d, Map<String, byte[]> files) {
        PortalUser user = requireEditor();
        Map<String, String> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Cadre cadre = cadres.detail(Objects.requireNonNull(d.getCadreId()))
                .orElseThrow(() -> new RecordNotFoundException("干部")).cadre();
        LocalDateTime now = LocalDateTime.now(clock);
        ArchiveEntry before = d.getId() == null ? null
                : requireTyped(get(d.getId()).orElseThrow(() -> new RecordNotFoundException("档案记录")));
        ArchiveEntry after = entries.save(new ArchiveEntry(d.getId(), cadre.id(), cadre.townshipId(), cadre.villageId(),
                Objects.requireNonNull(d.getKind()), Objects.requireNonNull(d.getEntryDate()), d.getTitle().trim(),
                blank(d.getSummary()), blank(d.getResult()), d.getScore(), blank(d.getGrade()),
                blank(d.getDocumentNumber()), blank(d.getIssuingBody()),
                d.getKind() == ArchiveKind.ACCOUNTABILITY ? d.getDisciplineForm() : null, blank(d.getMeasure()),
                d.getInfluenceUntil(), d.getKind() == ArchiveKind.PETITION ? d.getPetitionStatus() : null,
                false, null, d.getVersion(), before == null ? user.username() : before.createdBy(),
                before == null ? now : before.createdAt(), now, null));
        audit.record("archive_entry", after.id(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, before, after);
        files.forEach((name, content) ->
                attachments.store(OWNER, after.id(), after.townshipId(), after.villageId(), name, content));
        ratings.refresh(cadre.id());
        return after;
    }

    /** Adds a file to an entry (type checked from content, checksummed). */
    @Transactional
    public AttachmentInfo attach(long entryId, String fileName, byte[] content) {
        requireEditor();
        ArchiveEntry entry = requireTyped(get(entryId).orElseThrow(() -> new RecordNotFoundException("档案记录")));
        return attachments.store(OWNER, entryId, entry.townshipId(), entry.villageId(), fileName, content);
    }

    /** Revoked entries stay in the archive, marked, and stop counting for the rating. */
    @Transactional
    public ArchiveEntry revoke(long entryId, String reason) {
        requireEditor();
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException("revokeReason", "请填写撤销原因");
        }
        ArchiveEntry before = requireTyped(get(entryId).orElseThrow(() -> new RecordNotFoundException("档案记录")));
        return revoked(before, reason);
    }

    private ArchiveEntry revoked(ArchiveEntry before, String reason) {
        ArchiveEntry after = entries.save(new ArchiveEntry(before.id(), before.cadreId(), before.townshipId(),
                before.villageId(), before.kind(), before.entryDate(), before.title(), before.summary(), before.result(),
                before.score(), before.grade(), before.documentNumber(), before.issuingBody(), before.disciplineForm(),
                before.measure(), before.influenceUntil(), before.petitionStatus(), true, reason.trim(),
                before.version(), before.createdBy(), before.createdAt(), LocalDateTime.now(clock), before.origin()));
        audit.record("archive_entry", before.id(), AuditAction.DISABLE, before, after);
        ratings.refresh(before.cadreId());
        return after;
    }

    /**
     * Writes an entry for another feature's step that the feature has already authorised (a village user
     * recording a signed letter may do so though they cannot edit the archive). It joins that feature's
     * transaction, is audited and refreshes the rating like any entry; {@code origin} is the route of the
     * record behind it, and the entry can then be changed only through that record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ArchiveEntry recordFor(String origin, ArchiveEntryDraft d, Map<String, byte[]> files) {
        Map<String, String> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Cadre cadre = cadres.detail(Objects.requireNonNull(d.getCadreId()))
                .orElseThrow(() -> new RecordNotFoundException("干部")).cadre();
        LocalDateTime now = LocalDateTime.now(clock);
        ArchiveEntry entry = entries.save(new ArchiveEntry(null, cadre.id(), cadre.townshipId(), cadre.villageId(),
                Objects.requireNonNull(d.getKind()), Objects.requireNonNull(d.getEntryDate()), d.getTitle().trim(),
                blank(d.getSummary()), blank(d.getResult()), d.getScore(), blank(d.getGrade()),
                blank(d.getDocumentNumber()), blank(d.getIssuingBody()), null, null, null, null, false, null, null,
                currentUser.require().username(), now, now, origin));
        audit.record("archive_entry", entry.id(), AuditAction.CREATE, null, entry);
        files.forEach((name, content) ->
                attachments.store(OWNER, entry.id(), entry.townshipId(), entry.villageId(), name, content));
        ratings.refresh(cadre.id());
        return entry;
    }

    /** Revokes an entry written by {@link #recordFor} when its step is reverted; only its origin may. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeFor(String origin, long entryId, String reason) {
        ArchiveEntry before = get(entryId).filter(e -> origin.equals(e.origin()))
                .orElseThrow(() -> new RecordNotFoundException("档案记录"));
        if (!before.revoked()) {
            revoked(before, reason);
        }
    }

    /** The files of an entry the user may see. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> files(long entryId) {
        return get(entryId).map(e -> attachments.list(OWNER, entryId)).orElse(List.of());
    }

    /** A file of an entry the user may see; its checksum is verified before it is served. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> download(long attachmentId) {
        return attachments.load(attachmentId, OWNER).filter(f -> get(f.info().ownerId()).isPresent());
    }

    private void requireVisible(long cadreId) {
        if (!cadres.visible(cadreId)) {
            throw new RecordNotFoundException("干部");
        }
    }

    private static ArchiveEntry requireTyped(ArchiveEntry entry) {
        if (entry.origin() != null) {
            throw new ValidationFailedException("origin", "该记录由业务办理自动生成，请在来源记录中修改或撤回");
        }
        return entry;
    }

    private PortalUser requireEditor() {
        PortalUser user = currentUser.require();
        if (!CadreService.edits(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以修改廉洁档案");
        }
        return user;
    }

    private static @Nullable String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

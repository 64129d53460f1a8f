package cn.qinglian.portal.cadre;

import cn.qinglian.portal.attachment.AttachmentStore;
import cn.qinglian.portal.attachment.FileType;
import cn.qinglian.portal.attachment.StoredFile;
import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.PageQuery;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.SqlOrder;
import cn.qinglian.portal.base.SqlWhere;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import cn.qinglian.portal.security.ScopeCondition;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cadre register. DISCIPLINE and PARTY_OFFICE edit and see ID numbers in full; OFFICE and LEADER
 * read the township; VILLAGE users read their own village with ID numbers masked.
 */
@Service
public class CadreService {

    private static final Map<String, String> SORT = Map.of("name", "c.name", "villageName", "v.name",
            "status", "c.status", "rating", "FIELD(c.rating, 'GREEN', 'YELLOW', 'ORANGE', 'RED')",
            "birthDate", "c.birth_date", "nextTermEnd", "next_term_end");
    private static final String FROM = " FROM cadre c JOIN village v ON v.id = c.village_id ";
    private static final String COLUMNS = """
            SELECT c.*, v.name AS village_name,
                   (SELECT GROUP_CONCAT(p.position ORDER BY p.cadre_key) FROM cadre_position p
                     WHERE p.cadre = c.id AND (p.ended_on IS NULL OR p.ended_on >= :today)) AS current_positions,
                   (SELECT MIN(p.ended_on) FROM cadre_position p WHERE p.cadre = c.id AND p.ended_on >= :today) AS next_term_end
            """;

    private final CadreRepository cadres;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;
    private final CadreBulkSave bulk;
    private final AttachmentStore attachments;

    CadreService(CadreRepository cadres, JdbcClient jdbc, CurrentUser currentUser, AuditLog audit, Validator validator,
                 Clock clock, CadreBulkSave bulk, AttachmentStore attachments) {
        this.bulk = bulk;
        this.attachments = attachments;
        this.cadres = cadres;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Only these roles see ID numbers unmasked, anywhere: views, exports, PDFs. */
    public static boolean seesIdentity(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    public static boolean edits(PortalUser user) {
        return user.hasAny(Role.DISCIPLINE, Role.PARTY_OFFICE);
    }

    @Transactional(readOnly = true)
    public List<CadreRow> list(CadreFilter filter, PageQuery page) {
        PortalUser user = currentUser.require();
        SqlWhere w = where(user, filter);
        return jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql() + SqlOrder.orderAndPage(page, SORT, "v.name, c.name", "c.id"))
                .params(w.params()).query((rs, i) -> row(rs, seesIdentity(user))).list();
    }

    @Transactional(readOnly = true)
    public int count(CadreFilter filter) {
        SqlWhere w = where(currentUser.require(), filter);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    /** Streams every row of the filter (for exports), in pages, without holding them all. */
    @Transactional(readOnly = true)
    public void forEach(CadreFilter filter, Consumer<CadreRow> sink) {
        PortalUser user = currentUser.require();
        SqlWhere w = where(user, filter);
        jdbc.sql(COLUMNS + FROM + "WHERE " + w.sql() + " ORDER BY v.name, c.name, c.id").params(w.params())
                .query((RowCallbackHandler) rs -> sink.accept(row(rs, seesIdentity(user))));
    }

    @Transactional(readOnly = true)
    public Optional<CadreDetail> detail(long id) {
        PortalUser user = currentUser.require();
        SqlWhere w = where(user, CadreFilter.ALL).and("c.id = :id", "id", id);
        Optional<String> village = jdbc.sql("SELECT v.name" + FROM + "WHERE " + w.sql()).params(w.params())
                .query(String.class).optional();
        return village.flatMap(name -> cadres.findById(id).map(c -> new CadreDetail(seesIdentity(user) ? c : masked(c), name,
                seesIdentity(user) ? c.idNumber() : IdCardNumber.mask(c.idNumber()),
                c.mobile() == null ? "" : seesIdentity(user) ? c.mobile() : MobileNumber.mask(c.mobile()),
                edits(user))));
    }

    /** The cadre as a reader who may not see identities gets it: numbers masked in the record itself. */
    private static Cadre masked(Cadre c) {
        return new Cadre(c.id(), c.townshipId(), c.villageId(), c.name(), c.gender(), c.birthDate(),
                IdCardNumber.mask(c.idNumber()), c.mobile() == null ? null : MobileNumber.mask(c.mobile()),
                c.partyMember(), c.partyJoinedOn(), c.education(), c.photoId(), c.status(), c.rating(), c.version(),
                c.createdAt(), c.updatedAt(), c.positions());
    }

    /** Whether the signed-in user may see this cadre (used by the archive and attachments). */
    @Transactional(readOnly = true)
    public boolean visible(long cadreId) {
        SqlWhere w = where(currentUser.require(), CadreFilter.ALL).and("c.id = :id", "id", cadreId);
        return jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + w.sql()).params(w.params()).query(Integer.class).single() > 0;
    }

    /** Field errors of a draft (empty when valid): the form's and the import's rules are the same. */
    public Map<String, String> problems(CadreDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(draft).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        LocalDate today = LocalDate.now(clock);
        IdCardNumber.problem(draft.getIdNumber(), today).ifPresent(p -> errors.putIfAbsent("idNumber", p));
        MobileNumber.problem(draft.getMobile()).ifPresent(p -> errors.putIfAbsent("mobile", p));
        if (!errors.containsKey("idNumber")) {
            String id = IdCardNumber.normalise(draft.getIdNumber());
            LocalDate born = IdCardNumber.birthDateOf(id).orElseThrow();
            if (draft.getBirthDate() != null && !draft.getBirthDate().equals(born)) {
                errors.putIfAbsent("birthDate", "出生日期与身份证号不一致");
            }
            if (draft.getGender() != null && draft.getGender() != IdCardNumber.genderOf(id)) {
                errors.putIfAbsent("gender", "性别与身份证号不一致");
            }
        }
        if (draft.isPartyMember() && draft.getPartyJoinedOn() != null && draft.getPartyJoinedOn().isAfter(today)) {
            errors.putIfAbsent("partyJoinedOn", "入党日期不能晚于今天");
        }
        for (TermDraft t : draft.getTerms()) {
            if (t.getStartedOn() != null && t.getEndedOn() != null && t.getEndedOn().isBefore(t.getStartedOn())) {
                errors.putIfAbsent("terms", "任职结束日期不能早于开始日期");
            }
        }
        return errors;
    }

    @Transactional
    public Cadre save(CadreDraft draft) {
        PortalUser user = requireEditor();
        Map<String, String> errors = problems(draft);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        long township = townshipOfVillageInScope(user, Objects.requireNonNull(draft.getVillageId()));
        String id = IdCardNumber.normalise(draft.getIdNumber());
        Optional<Cadre> sameId = cadres.findByIdNumber(id);
        if (draft.getId() == null) {
            if (sameId.isPresent()) {
                throw new ValidationFailedException("idNumber", "该身份证号已登记（" + sameId.get().name() + "）");
            }
            Cadre created = cadres.save(build(draft, null, township, IntegrityColour.GREEN, null, null));
            audit.record("cadre", created.id(), AuditAction.CREATE, null, created.snapshot());
            return created;
        }
        Cadre before = cadres.findById(draft.getId()).filter(c -> visible(c.id()))
                .orElseThrow(() -> new RecordNotFoundException("干部"));
        if (sameId.isPresent() && !sameId.get().id().equals(before.id())) {
            throw new ValidationFailedException("idNumber", "该身份证号已登记（" + sameId.get().name() + "）");
        }
        Cadre after = build(draft, before.id(), township, before.rating(), before.photoId(), before.createdAt());
        if (sameContent(before, after)) {
            return before;
        }
        Cadre saved = cadres.save(after);
        audit.record("cadre", saved.id(), AuditAction.UPDATE, before.snapshot(), saved.snapshot());
        return saved;
    }

    /**
     * Import: every draft stored in one transaction, matched by ID number; unchanged rows are left
     * alone. Thousands of rows go through a bulk path (batched SQL, one audit batch) with the same
     * rules as {@link #save}.
     */
    @Transactional
    public ImportOutcome saveAll(List<CadreDraft> drafts) {
        PortalUser user = requireEditor();
        Map<String, String> firstErrors = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size() && firstErrors.isEmpty(); i++) {
            String row = "第" + (i + 1) + "条：";
            problems(drafts.get(i)).forEach((field, message) -> firstErrors.putIfAbsent(field, row + message));
        }
        if (!firstErrors.isEmpty()) {
            throw new ValidationFailedException(firstErrors);
        }
        return bulk.store(user, drafts);
    }

    static final String PHOTO = "cadre_photo";

    /** Sets the cadre's photo (JPG or PNG, checked from the content). */
    @Transactional
    public void setPhoto(long cadreId, String fileName, byte[] content) {
        requireEditor();
        FileType type = AttachmentStore.check(fileName, content);
        if (type != FileType.JPEG && type != FileType.PNG) {
            throw new ValidationFailedException("file", "照片只接受JPG或PNG图片");
        }
        Cadre cadre = cadres.findById(cadreId).filter(c -> visible(c.id()))
                .orElseThrow(() -> new RecordNotFoundException("干部"));
        var info = attachments.store(PHOTO, cadreId, cadre.townshipId(), cadre.villageId(), fileName, content);
        jdbc.sql("UPDATE cadre SET photo_id = :p, version = version + 1, updated_at = :now WHERE id = :id")
                .param("p", info.id()).param("now", LocalDateTime.now(clock)).param("id", cadreId).update();
        audit.record("cadre", cadreId, AuditAction.UPDATE, java.util.Map.of("photoId", String.valueOf(cadre.photoId())),
                java.util.Map.of("photoId", info.id()));
    }

    /** The cadre's photo, if there is one and the user may see the cadre. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> photo(long cadreId) {
        return detail(cadreId).map(d -> d.cadre().photoId())
                .flatMap(photoId -> attachments.load(photoId, PHOTO));
    }

    /** How an import ended. */
    public record ImportOutcome(int created, int updated, int unchanged) {
    }

    /** The rating is changed only by {@link IntegrityRatingService}, which keeps its history. */
    @Transactional
    void setRating(long cadreId, IntegrityColour colour) {
        jdbc.sql("UPDATE cadre SET rating = :r, version = version + 1, updated_at = :now WHERE id = :id")
                .param("r", colour.name()).param("now", LocalDateTime.now(clock)).param("id", cadreId).update();
    }

    Cadre build(CadreDraft d, @Nullable Long id, long township, IntegrityColour rating, @Nullable Long photo,
                        @Nullable LocalDateTime createdAt) {
        String idNumber = IdCardNumber.normalise(d.getIdNumber());
        LocalDateTime now = LocalDateTime.now(clock);
        return new Cadre(id, township, Objects.requireNonNull(d.getVillageId()), d.getName().trim(),
                IdCardNumber.genderOf(idNumber), IdCardNumber.birthDateOf(idNumber).orElseThrow(), idNumber,
                d.getMobile().isBlank() ? null : d.getMobile().trim(), d.isPartyMember(),
                d.isPartyMember() ? d.getPartyJoinedOn() : null, d.getEducation().isBlank() ? null : d.getEducation().trim(),
                photo, d.getStatus(), rating, d.getVersion(), createdAt == null ? now : createdAt, now,
                d.getTerms().stream().map(t -> new Cadre.Term(Objects.requireNonNull(t.getPosition()),
                        Objects.requireNonNull(t.getStartedOn()), t.getEndedOn())).toList());
    }

    static boolean sameContent(Cadre a, Cadre b) {
        return a.villageId() == b.villageId() && a.name().equals(b.name()) && Objects.equals(a.mobile(), b.mobile())
                && a.partyMember() == b.partyMember() && Objects.equals(a.partyJoinedOn(), b.partyJoinedOn())
                && Objects.equals(a.education(), b.education()) && a.status() == b.status()
                && a.positions().equals(b.positions());
    }

    private PortalUser requireEditor() {
        PortalUser user = currentUser.require();
        if (!edits(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以修改干部信息");
        }
        return user;
    }

    private long townshipOfVillageInScope(PortalUser user, long villageId) {
        ScopeCondition s = user.scope().on("v.township_id").village("v.id").build();
        return jdbc.sql("SELECT v.township_id FROM village v WHERE v.id = :id AND v.active AND " + s.sql())
                .param("id", villageId).params(s.params()).query(Long.class).optional()
                .orElseThrow(() -> new ValidationFailedException("villageId", "村居不存在或不在您的管理范围内"));
    }

    private SqlWhere where(PortalUser user, CadreFilter f) {
        ScopeCondition s = user.scope().on("c.township_id").village("c.village_id").officeSeesTownship().build();
        LocalDate today = LocalDate.now(clock);
        return SqlWhere.of(s.sql(), s.params())
                .and("1 = 1", "today", today)
                .andContains("c.name", "name", f.name())
                .and("c.village_id = :villageId", "villageId", f.villageId())
                .and("c.township_id = :townshipId", "townshipId", f.townshipId())
                .and("EXISTS (SELECT 1 FROM cadre_position fp WHERE fp.cadre = c.id AND fp.position = :position"
                        + " AND (fp.ended_on IS NULL OR fp.ended_on >= :today))", "position", f.position())
                .and("c.status = :status", "status", f.status())
                .and("c.rating = :rating", "rating", f.rating())
                .and("c.party_member = :party", "party", f.partyMember())
                .and("EXISTS (SELECT 1 FROM cadre_position tp WHERE tp.cadre = c.id AND tp.ended_on >= :today"
                        + " AND tp.ended_on <= :termLimit)", "termLimit",
                        f.termEndingWithinDays() == null ? null : today.plusDays(f.termEndingWithinDays()));
    }

    private static CadreRow row(ResultSet rs, boolean fullIdentity) throws SQLException {
        String id = rs.getString("id_number");
        String mobile = rs.getString("mobile");
        String positions = rs.getString("current_positions");
        return new CadreRow(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class), fullIdentity ? id : IdCardNumber.mask(id),
                mobile == null ? null : fullIdentity ? mobile : MobileNumber.mask(mobile), rs.getLong("village_id"),
                rs.getString("village_name"),
                positions == null ? "" : String.join("、", java.util.Arrays.stream(positions.split(","))
                        .map(p -> Position.valueOf(p).label()).toList()),
                CadreStatus.valueOf(rs.getString("status")), IntegrityColour.valueOf(rs.getString("rating")),
                rs.getBoolean("party_member"), rs.getString("education"),
                rs.getObject("next_term_end", LocalDate.class));
    }
}

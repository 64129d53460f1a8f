package cn.qinglian.portal.cadre;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.RecordNotFoundException;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 廉情评估: the colour the rules suggest, kept as a history; a DISCIPLINE user may set another colour
 * only with a written reason, and that override stands until a DISCIPLINE user returns to the rules.
 */
@Service
public class IntegrityRatingService {

    private final JdbcClient jdbc;
    private final CadreService cadres;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    IntegrityRatingService(JdbcClient jdbc, @Lazy CadreService cadres, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cadres = cadres;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RatingSuggestion suggest(long cadreId) {
        requireVisible(cadreId);
        return RatingRules.suggest(archive(cadreId), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<RatingRecord> current(long cadreId) {
        requireVisible(cadreId);
        return jdbc.sql("SELECT * FROM integrity_rating WHERE cadre_id = :c ORDER BY id DESC LIMIT 1")
                .param("c", cadreId).query(IntegrityRatingService::record).optional();
    }

    @Transactional(readOnly = true)
    public List<RatingRecord> history(long cadreId) {
        requireVisible(cadreId);
        return jdbc.sql("SELECT * FROM integrity_rating WHERE cadre_id = :c ORDER BY id DESC")
                .param("c", cadreId).query(IntegrityRatingService::record).list();
    }

    /** Sets another colour than the rules suggest; DISCIPLINE only, with a written reason. */
    @Transactional
    public RatingRecord override(long cadreId, IntegrityColour colour, String reason) {
        PortalUser user = requireDiscipline();
        if (reason == null || reason.trim().length() < 5) {
            throw new ValidationFailedException("overrideReason", "调整评估颜色须写明理由（不少于5个字）");
        }
        requireVisible(cadreId);
        RatingSuggestion suggestion = RatingRules.suggest(archive(cadreId), LocalDate.now(clock));
        return store(cadreId, colour, suggestion, reason.trim(), user.username());
    }

    /** Ends an override: the rules' colour applies again. */
    @Transactional
    public RatingRecord followRules(long cadreId) {
        PortalUser user = requireDiscipline();
        requireVisible(cadreId);
        RatingSuggestion suggestion = RatingRules.suggest(archive(cadreId), LocalDate.now(clock));
        return store(cadreId, suggestion.colour(), suggestion, null, user.username());
    }

    /** After an archive change: records the new suggestion unless an override stands. */
    @Transactional
    void refresh(long cadreId) {
        RatingSuggestion suggestion = RatingRules.suggest(archive(cadreId), LocalDate.now(clock));
        Optional<RatingRecord> last = jdbc.sql("SELECT * FROM integrity_rating WHERE cadre_id = :c ORDER BY id DESC LIMIT 1")
                .param("c", cadreId).query(IntegrityRatingService::record).optional();
        if (last.isPresent() && last.get().overridden()) {
            return;
        }
        if (last.isPresent() && last.get().colour() == suggestion.colour() && last.get().reasons().equals(suggestion.reasons())) {
            return;
        }
        store(cadreId, suggestion.colour(), suggestion, null, currentUser.current().name());
    }

    private RatingRecord store(long cadreId, IntegrityColour colour, RatingSuggestion suggestion,
                               @Nullable String overrideReason, String by) {
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO integrity_rating (cadre_id, colour, suggested_colour, reasons, override_reason, set_by, set_at)
                        VALUES (:c, :colour, :suggested, :reasons, :override, :by, :now)""")
                .param("c", cadreId).param("colour", colour.name()).param("suggested", suggestion.colour().name())
                .param("reasons", String.join("\n", suggestion.reasons())).param("override", overrideReason)
                .param("by", by).param("now", now).update(keys);
        cadres.setRating(cadreId, colour);
        RatingRecord record = new RatingRecord(keys.getKey().longValue(), colour, suggestion.colour(),
                suggestion.reasons(), overrideReason, by, now);
        audit.record("integrity_rating", cadreId, AuditAction.UPDATE, null, Map.of("colour", colour,
                "suggested", suggestion.colour(), "override", overrideReason == null ? "" : overrideReason));
        return record;
    }

    private List<ArchiveEntry> archive(long cadreId) {
        return jdbc.sql("SELECT * FROM archive_entry WHERE cadre_id = :c").param("c", cadreId)
                .query(ArchiveEntry.class).list();
    }

    private void requireVisible(long cadreId) {
        if (!cadres.visible(cadreId)) {
            throw new RecordNotFoundException("干部");
        }
    }

    private PortalUser requireDiscipline() {
        PortalUser user = currentUser.require();
        if (!user.has(Role.DISCIPLINE)) {
            throw new AccessDeniedException("只有镇纪检办可以调整廉情评估");
        }
        return user;
    }

    private static RatingRecord record(ResultSet rs, int i) throws SQLException {
        return new RatingRecord(rs.getLong("id"), IntegrityColour.valueOf(rs.getString("colour")),
                IntegrityColour.valueOf(rs.getString("suggested_colour")),
                Arrays.asList(rs.getString("reasons").split("\n")), rs.getString("override_reason"),
                rs.getString("set_by"), rs.getObject("set_at", LocalDateTime.class));
    }
}

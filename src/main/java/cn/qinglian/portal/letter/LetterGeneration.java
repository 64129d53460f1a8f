package cn.qinglian.portal.letter;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.PositionGroup;
import cn.qinglian.portal.security.CurrentUser;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Makes a year's letters for the serving cadres in the user's scope, in one transaction: each cadre gets the
 * template of the group of their highest current post, with the placeholders filled. Running it again
 * only adds letters for cadres who have none for the year (e.g. newly appointed ones).
 */
@Service
public class LetterGeneration {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    LetterGeneration(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CurrentUser currentUser, AuditLog audit,
                     Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code progress} hears (letters written, letters to write). */
    @Transactional
    public GenerationResult generate(GenerationRequest request, BiConsumer<Integer, Integer> progress) {
        PortalUser user = currentUser.require();
        if (!LetterService.manages(user)) {
            throw new AccessDeniedException("只有镇纪检办、镇党建办可以生成承诺书");
        }
        LocalDate today = LocalDate.now(clock);
        validate(request, today);
        int year = request.year();
        ScopeCondition templateScope = user.scope().on("lt.township_id").build();
        // one generation per township and year at a time: the second waits and then finds the letters made
        Map<String, LetterTemplate> templates = new HashMap<>();
        jdbc.sql("SELECT lt.* FROM letter_template lt WHERE lt.year = :y AND " + templateScope.sql() + " FOR UPDATE")
                .param("y", year).params(templateScope.params()).query(LetterTemplate.class).list()
                .forEach(t -> templates.put(t.townshipId() + ":" + t.positionGroup(), t));

        Set<PositionGroup> groups = request.groups().isEmpty() ? EnumSet.allOf(PositionGroup.class)
                : EnumSet.copyOf(request.groups());
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        List<CommitmentLetter> toWrite = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        for (Candidate c : candidates(user, request, today)) {
            if (c.positions().isEmpty()) {
                skipped.computeIfAbsent("无在任职务", k -> new ArrayList<>()).add(c.label());
                continue;
            }
            Position top = c.positions().first();
            if (!groups.contains(top.group())) {
                continue; // not asked for
            }
            if (c.hasLetter()) {
                skipped.computeIfAbsent("已有" + year + "年度承诺书", k -> new ArrayList<>()).add(c.label());
                continue;
            }
            LetterTemplate t = templates.get(c.townshipId() + ":" + top.group());
            if (t == null) {
                skipped.computeIfAbsent("缺少" + year + "年度“" + top.group().label() + "”模板", k -> new ArrayList<>())
                        .add(c.label());
                continue;
            }
            toWrite.add(letter(c, top, t, year, Objects.requireNonNull(request.deadline()), today, user, now));
        }
        write(toWrite, progress, user);
        return new GenerationResult(toWrite.size(), skipped.entrySet().stream()
                .map(e -> new GenerationResult.Skip(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private void validate(GenerationRequest r, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.year() < today.getYear() - 1 || r.year() > today.getYear() + 1) {
            errors.put("year", "只能生成上一年度、本年度或下一年度的承诺书");
        }
        if (r.deadline() == null) {
            errors.put("deadline", "请选择签订截止日期");
        } else if (r.deadline().isBefore(today)) {
            errors.put("deadline", "签订截止日期不能早于今天");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    private List<Candidate> candidates(PortalUser user, GenerationRequest r, LocalDate today) {
        ScopeCondition s = user.scope().on("c.township_id").village("c.village_id").build();
        Map<Long, Candidate> byId = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.id, c.township_id, c.village_id, c.name, v.name AS village, t.name AS township, p.position,
                               EXISTS (SELECT 1 FROM commitment_letter l WHERE l.cadre_id = c.id AND l.year = :year) AS has_letter
                        FROM cadre c JOIN village v ON v.id = c.village_id JOIN township t ON t.id = c.township_id
                        LEFT JOIN cadre_position p ON p.cadre = c.id AND p.started_on <= :today
                                                  AND (p.ended_on IS NULL OR p.ended_on >= :today)
                        WHERE c.status = 'SERVING' AND """ + " " + s.sql()
                        + (r.villageIds().isEmpty() ? "" : " AND c.village_id IN (:villages)")
                        + " ORDER BY v.name, c.name, c.id")
                .param("year", r.year()).param("today", today).param("villages", r.villageIds().isEmpty() ? null
                        : List.copyOf(r.villageIds())).params(s.params())
                .query((RowCallbackHandler) rs -> {
                    Candidate c = byId.computeIfAbsent(rs.getLong("id"), id -> {
                        try {
                            return new Candidate(id, rs.getLong("township_id"), rs.getLong("village_id"),
                                    rs.getString("name"), rs.getString("village"), rs.getString("township"),
                                    new TreeSet<>(Comparator.comparingInt(Position::ordinal)), rs.getBoolean("has_letter"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String position = rs.getString("position");
                    if (position != null) {
                        c.positions().add(Position.valueOf(position));
                    }
                });
        return List.copyOf(byId.values());
    }

    private static CommitmentLetter letter(Candidate c, Position top, LetterTemplate t, int year, LocalDate deadline,
                                           LocalDate today, PortalUser user, LocalDateTime now) {
        String title = c.positions().stream().map(Position::label).collect(Collectors.joining("、"));
        Map<Placeholder, String> values = Map.of(Placeholder.NAME, c.name(), Placeholder.VILLAGE, c.village(),
                Placeholder.POSITION, title, Placeholder.YEAR, String.valueOf(year),
                Placeholder.DATE, LetterDates.text(today), Placeholder.TOWNSHIP, c.township());
        return new CommitmentLetter(null, c.townshipId(), c.villageId(), c.id(), year, top, title, top.group(),
                Objects.requireNonNull(t.id()), t.revision(), LetterText.fill(t.title(), values),
                LetterText.fill(t.salutation(), values), LetterText.fill(t.preamble(), values),
                LetterText.fill(t.pledges(), values), LetterText.fill(t.closing(), values), today, deadline,
                LetterStatus.PENDING, null, null, null, null, null, null, null, null, null, 0, user.username(), now, now);
    }

    /** Batched inserts, then the history rows and one audit batch; progress after each chunk. */
    private void write(List<CommitmentLetter> letters, BiConsumer<Integer, Integer> progress, PortalUser user) {
        progress.accept(0, letters.size());
        List<AuditLog.Change> changes = new ArrayList<>(letters.size());
        for (int from = 0; from < letters.size(); from += CHUNK) {
            List<CommitmentLetter> chunk = letters.subList(from, Math.min(letters.size(), from + CHUNK));
            batch.batchUpdate("""
                    INSERT INTO commitment_letter (township_id, village_id, cadre_id, year, position, position_title,
                        position_group, template_id, template_revision, title, salutation, preamble, pledges, closing,
                        letter_date, deadline, status, version, created_by, created_at, updated_at)
                    VALUES (:townshipId, :villageId, :cadreId, :year, :position, :positionTitle, :positionGroup,
                        :templateId, :templateRevision, :title, :salutation, :preamble, :pledges, :closing,
                        :letterDate, :deadline, 'PENDING', 0, :createdBy, :createdAt, :updatedAt)""",
                    chunk.stream().map(LetterGeneration::params).toArray(Map[]::new));
            Map<Long, Long> ids = new HashMap<>();
            jdbc.sql("SELECT cadre_id, id FROM commitment_letter WHERE year = :y AND cadre_id IN (:c)")
                    .param("y", chunk.getFirst().year()).param("c", chunk.stream().map(CommitmentLetter::cadreId).toList())
                    .query((RowCallbackHandler) rs -> ids.put(rs.getLong(1), rs.getLong(2)));
            List<Map<String, Object>> steps = new ArrayList<>(chunk.size());
            for (CommitmentLetter l : chunk) {
                long id = ids.get(l.cadreId());
                steps.add(Map.of("l", id, "n", "依据" + l.year() + "年度“" + l.positionGroup().label() + "”模板第"
                        + l.templateRevision() + "版生成，签订截止" + LetterDates.text(l.deadline()),
                        "by", user.displayName(), "at", l.createdAt()));
                changes.add(new AuditLog.Change(id, AuditAction.CREATE, null, withId(l, id)));
            }
            batch.batchUpdate("INSERT INTO letter_step (letter_id, action, status, note, done_by, done_at)"
                    + " VALUES (:l, '" + LetterStep.GENERATE + "', 'PENDING', :n, :by, :at)", steps.toArray(Map[]::new));
            progress.accept(Math.min(letters.size(), from + CHUNK), letters.size());
        }
        audit.recordAll("commitment_letter", changes);
    }

    private static Map<String, Object> params(CommitmentLetter l) {
        Map<String, Object> p = new HashMap<>();
        p.put("townshipId", l.townshipId());
        p.put("villageId", l.villageId());
        p.put("cadreId", l.cadreId());
        p.put("year", l.year());
        p.put("position", l.position().name());
        p.put("positionTitle", l.positionTitle());
        p.put("positionGroup", l.positionGroup().name());
        p.put("templateId", l.templateId());
        p.put("templateRevision", l.templateRevision());
        p.put("title", l.title());
        p.put("salutation", l.salutation());
        p.put("preamble", l.preamble());
        p.put("pledges", l.pledges());
        p.put("closing", l.closing());
        p.put("letterDate", l.letterDate());
        p.put("deadline", l.deadline());
        p.put("createdBy", l.createdBy());
        p.put("createdAt", l.createdAt());
        p.put("updatedAt", l.updatedAt());
        return p;
    }

    private static CommitmentLetter withId(CommitmentLetter l, long id) {
        return new CommitmentLetter(id, l.townshipId(), l.villageId(), l.cadreId(), l.year(), l.position(),
                l.positionTitle(), l.positionGroup(), l.templateId(), l.templateRevision(), l.title(), l.salutation(),
                l.preamble(), l.pledges(), l.closing(), l.letterDate(), l.deadline(), l.status(), null, null, null, null,
                null, null, null, null, null, l.version(), l.createdBy(), l.createdAt(), l.updatedAt());
    }

    private record Candidate(long id, long townshipId, long villageId, String name, String village, String township,
                             TreeSet<Position> positions, boolean hasLetter) {

        String label() {
            return village + name;
        }
    }
}

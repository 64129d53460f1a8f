package cn.qinglian.portal.bench;

import cn.qinglian.portal.cadre.ArchiveEntry;
import cn.qinglian.portal.cadre.ArchiveKind;
import cn.qinglian.portal.cadre.CadreStatus;
import cn.qinglian.portal.cadre.IdCardNumber;
import cn.qinglian.portal.cadre.Position;
import cn.qinglian.portal.cadre.RatingRules;
import cn.qinglian.portal.cadre.RatingSuggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The cadre part of the dataset: 3,000 cadres over the first 300 villages with their posts, 300,000
 * archive entries (~100 each, every kind, ten years) and the rating the rules suggest for that
 * archive. The first village is a large community whose 30 cadres all serve: the batch of 30 cards.
 */
final class CadreDataset {

    static final int CADRES = 3_000;
    static final int VILLAGES = 300;
    static final int ENTRIES_PER_CADRE = 100;
    static final int BATCH_VILLAGE_CADRES = 30;
    /** Region codes of the generated ID numbers; the roster import uses others, so its numbers never clash. */
    private static final List<String> REGIONS = List.of("330102", "330105", "330106", "330108", "330109", "330110");
    private static final List<String> EDUCATION = List.of("初中", "高中", "中专", "大专", "大专", "本科");
    /** A village team: the post of its n-th cadre (the first also director: 一肩挑). */
    private static final List<Position> TEAM = List.of(Position.PARTY_SECRETARY, Position.DEPUTY_SECRETARY,
            Position.DEPUTY_DIRECTOR, Position.PARTY_COMMITTEE_MEMBER, Position.VILLAGE_COMMITTEE_MEMBER,
            Position.SUPERVISION_DIRECTOR, Position.SUPERVISION_MEMBER, Position.ACCOUNTANT, Position.GRID_WORKER,
            Position.VILLAGE_COMMITTEE_MEMBER);
    private static final List<String> CADRE_COLUMNS = List.of("township_id", "village_id", "name", "gender",
            "birth_date", "id_number", "mobile", "party_member", "party_joined_on", "education", "status", "rating",
            "created_at", "updated_at");
    private static final List<String> ENTRY_COLUMNS = List.of("cadre_id", "township_id", "village_id", "kind",
            "entry_date", "title", "summary", "result", "score", "grade", "document_number", "issuing_body",
            "discipline_form", "measure", "influence_until", "petition_status", "revoked", "revoke_reason",
            "created_by", "created_at", "updated_at");

    private final JdbcTemplate jdbc;
    private final LocalDateTime now;
    private final LocalDate today;
    private final Random random = new Random(2027); // its own seed: the users stay as they were
    private final ArchiveEntries archive;

    private CadreDataset(JdbcTemplate jdbc, LocalDateTime now) {
        this.jdbc = jdbc;
        this.now = now;
        this.today = now.toLocalDate();
        this.archive = new ArchiveEntries(random, today, now);
    }

    /** {@code villages}: township id to its village ids, in sort order. */
    static void generate(JdbcTemplate jdbc, Map<Long, List<Long>> villages, LocalDateTime now) {
        new CadreDataset(jdbc, now).generate(villages);
    }

    private void generate(Map<Long, List<Long>> villagesByTownship) {
        List<long[]> villages = new ArrayList<>(); // {township, village}
        villagesByTownship.forEach((t, ids) -> ids.forEach(v -> villages.add(new long[]{t, v})));
        List<Generated> cadres = new ArrayList<>(CADRES);
        Set<String> idNumbers = new HashSet<>();
        Map<Long, Integer> perVillage = new HashMap<>();
        int spread = 0;
        for (int i = 0; i < CADRES; i++) {
            // the batch village first, then round robin over the other 299 villages (~10 each)
            long[] at = i < BATCH_VILLAGE_CADRES ? villages.getFirst()
                    : villages.get(1 + (i - BATCH_VILLAGE_CADRES) % (Math.min(VILLAGES, villages.size()) - 1));
            int n = perVillage.merge(at[1], 1, Integer::sum) - 1;
            // pairs of cadres get 100 + d and 100 - d entries: ~100 each, 300,000 in total
            spread = i % 2 == 0 ? random.nextInt(61) - 30 : -spread;
            cadres.add(cadre(at[0], at[1], n, i < BATCH_VILLAGE_CADRES, idNumbers, ENTRIES_PER_CADRE + spread));
        }
        BulkInsert.insert(jdbc, "cadre", CADRE_COLUMNS, cadres.stream().map(c -> c.row).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, id_number FROM cadre", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<@Nullable Object[]> positions = new ArrayList<>();
        List<@Nullable Object[]> entries = new ArrayList<>(CADRES * ENTRIES_PER_CADRE);
        List<@Nullable Object[]> ratings = new ArrayList<>(CADRES);
        for (Generated c : cadres) {
            long id = ids.get((String) c.row[5]);
            c.positions.forEach(p -> {
                p[0] = id;
                positions.add(p);
            });
            c.entries.forEach(e -> entries.add(ArchiveEntries.row(id, e)));
            ratings.add(new Object[]{id, c.rating.colour().name(), c.rating.colour().name(),
                    String.join("\n", c.rating.reasons()), "系统", now});
        }
        BulkInsert.insert(jdbc, "cadre_position", List.of("cadre", "position", "started_on", "ended_on", "cadre_key"),
                positions);
        BulkInsert.insert(jdbc, "archive_entry", ENTRY_COLUMNS, entries);
        BulkInsert.insert(jdbc, "integrity_rating", List.of("cadre_id", "colour", "suggested_colour", "reasons",
                "set_by", "set_at"), ratings);
    }

    /** A cadre row (rating from its archive), its posts (cadre id still to set) and its archive. */
    private record Generated(@Nullable Object[] row, List<@Nullable Object[]> positions, List<ArchiveEntry> entries,
                             RatingSuggestion rating) {
    }

    private Generated cadre(long township, long village, int n, boolean mustServe, Set<String> idNumbers, int entries) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 35));
        String id;
        do {
            id = IdCardNumber.withCheckCharacter(REGIONS.get(random.nextInt(REGIONS.size()))
                    + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(random.nextInt(1000)));
        } while (!idNumbers.add(id));
        CadreStatus status = mustServe || random.nextInt(100) < 85 ? CadreStatus.SERVING : CadreStatus.LEFT;
        boolean party = random.nextInt(100) < 75;
        List<@Nullable Object[]> positions = positions(n, status);
        List<ArchiveEntry> archive = this.archive.of(township, village, entries);
        RatingSuggestion rating = RatingRules.suggest(archive, today);
        LocalDateTime created = now.minusDays(random.nextInt(3650));
        Object[] row = {township, village, DatasetGenerator.displayName(random), IdCardNumber.genderOf(id).name(), born,
                id, random.nextInt(10) == 0 ? null : "1%d%09d".formatted(3 + random.nextInt(7), random.nextInt(1_000_000_000)),
                party, party ? born.plusYears(20 + random.nextInt(15)).withDayOfMonth(1) : null,
                EDUCATION.get(random.nextInt(EDUCATION.size())), status.name(), rating.colour().name(), created, created};
        return new Generated(row, positions, archive, rating);
    }

    /** One or two posts: the village team's n-th post, sometimes a second one; serving terms end in 2026. */
    private List<@Nullable Object[]> positions(int n, CadreStatus status) {
        boolean serving = status == CadreStatus.SERVING;
        LocalDate start = serving ? LocalDate.of(2021, 1, 15) : LocalDate.of(2016, 1, 15);
        LocalDate end = serving ? (random.nextBoolean() ? LocalDate.of(2026, 12, 31) : null) : LocalDate.of(2021, 1, 14);
        List<@Nullable Object[]> list = new ArrayList<>();
        Position first = TEAM.get(n % TEAM.size());
        list.add(new @Nullable Object[]{null, first.name(), start, end, 0});
        Position second = n == 0 ? Position.DIRECTOR : random.nextInt(100) < 40 ? Position.GRID_WORKER : null;
        if (second != null && second != first) {
            list.add(new @Nullable Object[]{null, second.name(), start, end, 1});
        }
        return list;
    }
}

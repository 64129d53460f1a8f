package cn.qinglian.portal.cadre;

import cn.qinglian.portal.audit.AuditAction;
import cn.qinglian.portal.audit.AuditLog;
import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulk path of {@link CadreService#saveAll}: villages checked once, existing cadres loaded per
 * thousand ID numbers and compared in memory, inserts and updates batched, one audit batch. Drafts
 * arrive validated; scope and uniqueness are checked here.
 */
@Component
class CadreBulkSave {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditLog audit;
    private final CadreService cadres;

    CadreBulkSave(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditLog audit, @Lazy CadreService cadres) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.cadres = cadres;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CadreService.ImportOutcome store(PortalUser user, List<CadreDraft> drafts) {
        Map<Long, Long> townshipOfVillage = villagesInScope(user);
        Set<String> seen = new HashSet<>();
        for (CadreDraft d : drafts) {
            d.setIdNumber(IdCardNumber.normalise(d.getIdNumber()));
            if (!seen.add(d.getIdNumber())) {
                throw new ValidationFailedException("idNumber", "同一身份证号出现了两次：" + IdCardNumber.mask(d.getIdNumber()));
            }
            if (!townshipOfVillage.containsKey(d.getVillageId())) {
                throw new ValidationFailedException("villageId", "村居不存在或不在您的管理范围内");
            }
        }
        Map<String, Cadre> existing = existing(seen);
        List<Cadre> created = new ArrayList<>();
        List<Cadre[]> changed = new ArrayList<>();
        int unchanged = 0;
        for (CadreDraft d : drafts) {
            Cadre before = existing.get(d.getIdNumber());
            if (before == null) {
                created.add(cadres.build(d, null, townshipOfVillage.get(d.getVillageId()), IntegrityColour.GREEN, null, null));
                continue;
            }
            if (!townshipOfVillage.containsKey(before.villageId())) {
                throw new ValidationFailedException("idNumber", "该身份证号已登记在您管理范围以外的村居："
                        + IdCardNumber.mask(before.idNumber()));
            }
            d.setVersion(before.version());
            Cadre after = cadres.build(d, before.id(), townshipOfVillage.get(d.getVillageId()), before.rating(),
                    before.photoId(), before.createdAt());
            if (CadreService.sameContent(before, after)) {
                unchanged++;
            } else {
                changed.add(new Cadre[]{before, after});
            }
        }
        List<AuditLog.Change> changes = new ArrayList<>();
        for (Cadre c : insert(created)) {
            changes.add(new AuditLog.Change(c.id(), AuditAction.CREATE, null, c.snapshot()));
        }
        update(changed);
        for (Cadre[] pair : changed) {
            changes.add(new AuditLog.Change(pair[0].id(), AuditAction.UPDATE, pair[0].snapshot(), pair[1].snapshot()));
        }
        audit.recordAll("cadre", changes);
        return new CadreService.ImportOutcome(created.size(), changed.size(), unchanged);
    }

    private Map<Long, Long> villagesInScope(PortalUser user) {
        ScopeCondition s = user.scope().on("v.township_id").village("v.id").build();
        Map<Long, Long> map = new HashMap<>();
        jdbc.sql("SELECT v.id, v.township_id FROM village v WHERE v.active AND " + s.sql()).params(s.params())
                .query((RowCallbackHandler) rs -> map.put(rs.getLong(1), rs.getLong(2)));
        return map;
    }

    /** Existing cadres with their terms, by ID number, loaded a thousand at a time. */
    private Map<String, Cadre> existing(Set<String> idNumbers) {
        Map<String, Cadre> found = new HashMap<>();
        List<String> all = new ArrayList<>(idNumbers);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<Long, List<Cadre.Term>> terms = new HashMap<>();
            jdbc.sql("SELECT p.* FROM cadre_position p JOIN cadre c ON c.id = p.cadre WHERE c.id_number IN (:ids) "
                            + "ORDER BY p.cadre, p.cadre_key")
                    .param("ids", chunk)
                    .query((RowCallbackHandler) rs -> terms.computeIfAbsent(rs.getLong("cadre"), k -> new ArrayList<>())
                            .add(new Cadre.Term(Position.valueOf(rs.getString("position")),
                                    rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class))));
            jdbc.sql("SELECT * FROM cadre WHERE id_number IN (:ids)").param("ids", chunk)
                    .query((RowCallbackHandler) rs -> {
                        long id = rs.getLong("id");
                        Long photo = rs.getObject("photo_id", Long.class);
                        found.put(rs.getString("id_number"), new Cadre(id, rs.getLong("township_id"),
                                rs.getLong("village_id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                                rs.getObject("birth_date", LocalDate.class), rs.getString("id_number"),
                                rs.getString("mobile"), rs.getBoolean("party_member"),
                                rs.getObject("party_joined_on", LocalDate.class), rs.getString("education"), photo,
                                CadreStatus.valueOf(rs.getString("status")), IntegrityColour.valueOf(rs.getString("rating")),
                                rs.getInt("version"), rs.getObject("created_at", LocalDateTime.class),
                                rs.getObject("updated_at", LocalDateTime.class), terms.getOrDefault(id, List.of())));
                    });
        }
        return found;
    }

    /** Inserts the new cadres, then reads back their ids, then inserts their terms. */
    private List<Cadre> insert(List<Cadre> created) {
        if (created.isEmpty()) {
            return created;
        }
        batch.batchUpdate("""
                        INSERT INTO cadre (township_id, village_id, name, gender, birth_date, id_number, mobile, party_member,
                                           party_joined_on, education, status, rating, version, created_at, updated_at)
                        VALUES (:townshipId, :villageId, :name, :gender, :birthDate, :idNumber, :mobile, :partyMember,
                                :partyJoinedOn, :education, :status, :rating, 0, :createdAt, :updatedAt)""",
                created.stream().map(CadreBulkSave::params).toArray(Map[]::new));
        Map<String, Long> ids = new HashMap<>();
        List<String> numbers = created.stream().map(Cadre::idNumber).toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            jdbc.sql("SELECT id, id_number FROM cadre WHERE id_number IN (:ids)")
                    .param("ids", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .query((RowCallbackHandler) rs -> ids.put(rs.getString(2), rs.getLong(1)));
        }
        List<Cadre> stored = created.stream().map(c -> new Cadre(ids.get(c.idNumber()), c.townshipId(), c.villageId(),
                c.name(), c.gender(), c.birthDate(), c.idNumber(), c.mobile(), c.partyMember(), c.partyJoinedOn(),
                c.education(), c.photoId(), c.status(), c.rating(), 0, c.createdAt(), c.updatedAt(), c.positions())).toList();
        insertTerms(stored);
        return stored;
    }

    /** Updates changed cadres where their version is still the one read; replaces their terms. */
    private void update(List<Cadre[]> changed) {
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = batch.batchUpdate("""
                        UPDATE cadre SET township_id = :townshipId, village_id = :villageId, name = :name, mobile = :mobile,
                               party_member = :partyMember, party_joined_on = :partyJoinedOn, education = :education,
                               status = :status, version = version + 1, updated_at = :updatedAt
                        WHERE id = :id AND version = :version""",
                changed.stream().map(pair -> params(pair[1])).toArray(Map[]::new));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new OptimisticLockingFailureException("干部 " + changed.get(i)[0].name() + " 已被他人修改，请重新导入");
            }
        }
        batch.batchUpdate("DELETE FROM cadre_position WHERE cadre = :id",
                changed.stream().map(pair -> Map.of("id", pair[0].id())).toArray(Map[]::new));
        insertTerms(changed.stream().map(pair -> pair[1]).toList());
    }

    private void insertTerms(List<Cadre> cadresWithIds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cadre c : cadresWithIds) {
            for (int k = 0; k < c.positions().size(); k++) {
                Cadre.Term t = c.positions().get(k);
                Map<String, Object> row = new HashMap<>();
                row.put("cadre", c.id());
                row.put("position", t.position().name());
                row.put("startedOn", t.startedOn());
                row.put("endedOn", t.endedOn());
                row.put("key", k);
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO cadre_position (cadre, position, started_on, ended_on, cadre_key) "
                    + "VALUES (:cadre, :position, :startedOn, :endedOn, :key)", SqlParameterSourceUtils.createBatch(rows));
        }
    }

    private static Map<String, Object> params(Cadre c) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("version", c.version());
        m.put("townshipId", c.townshipId());
        m.put("villageId", c.villageId());
        m.put("name", c.name());
        m.put("gender", c.gender().name());
        m.put("birthDate", c.birthDate());
        m.put("idNumber", c.idNumber());
        m.put("mobile", c.mobile());
        m.put("partyMember", c.partyMember());
        m.put("partyJoinedOn", c.partyJoinedOn());
        m.put("education", c.education());
        m.put("status", c.status().name());
        m.put("rating", c.rating().name());
        m.put("createdAt", c.createdAt());
        m.put("updatedAt", c.updatedAt());
        return m;
    }
}

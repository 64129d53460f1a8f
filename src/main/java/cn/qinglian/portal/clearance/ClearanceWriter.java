package cn.qinglian.portal.clearance;

import cn.qinglian.portal.base.ValidationFailedException;
import cn.qinglian.portal.security.PortalUser;
import cn.qinglian.portal.security.ScopeCondition;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Checks drafts against the organisation and writes items with their offices and people. */
@Component
class ClearanceWriter {

    private final JdbcClient jdbc;
    private final Validator validator;
    private final Clock clock;

    ClearanceWriter(JdbcClient jdbc, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.clock = clock;
    }

    /** A draft that passed every rule, with what the rules looked up. */
    record Checked(ClearanceItemDraft draft, long townshipId, List<Person> people) {
    }

    record Person(@Nullable Long cadreId, String name) {
    }

    /** Throws {@link ValidationFailedException} with every field's first problem. */
    @Transactional(propagation = Propagation.MANDATORY)
    Checked check(PortalUser user, ClearanceItemDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(d).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        Set<Long> offices = new LinkedHashSet<>(d.getLeadOfficeIds());
        offices.addAll(d.getResponsibleOfficeIds());
        Long township = null;
        if (d.getLeadOfficeIds().isEmpty()) {
            errors.putIfAbsent("leadOfficeIds", "请选择牵头单位");
        } else {
            ScopeCondition s = user.scope().on("o.township_id").officeSeesTownship().build();
            List<Long> townships = jdbc.sql("SELECT DISTINCT o.township_id FROM office o WHERE o.id IN (:ids) AND o.active AND "
                            + s.sql()).param("ids", offices).params(s.params()).query(Long.class).list();
            int found = jdbc.sql("SELECT COUNT(*) FROM office o WHERE o.id IN (:ids) AND o.active AND " + s.sql())
                    .param("ids", offices).params(s.params()).query(Integer.class).single();
            if (found != offices.size() || townships.size() != 1) {
                errors.putIfAbsent("leadOfficeIds", "牵头单位或责任单位不存在、已停用或不在您的管理范围内");
            } else {
                township = townships.getFirst();
            }
        }
        if (d.getVillageId() != null && township != null) {
            boolean ok = jdbc.sql("SELECT COUNT(*) FROM village WHERE id = :v AND township_id = :t AND active")
                    .param("v", d.getVillageId()).param("t", township).query(Integer.class).single() > 0;
            if (!ok) {
                errors.putIfAbsent("villageId", "村居不存在、已停用或不属于本镇");
            }
        }
        if (d.getParentId() != null && township != null) {
            var parent = jdbc.sql("SELECT kind FROM clearance_item WHERE id = :p AND township_id = :t")
                    .param("p", d.getParentId()).param("t", township).query(String.class).optional();
            if (parent.isEmpty() || Objects.equals(d.getParentId(), d.getId())) {
                errors.putIfAbsent("parentId", "关联的问题不存在");
            } else if (!ListKind.PROBLEM.name().equals(parent.get())) {
                errors.putIfAbsent("parentId", "只能关联到问题清单中的问题");
            } else if (d.getKind() == ListKind.PROBLEM) {
                errors.putIfAbsent("kind", "问题清单事项不能再关联到其他问题下，请选择责任清单或任务清单");
            }
        }
        if (!d.getCode().isBlank() && township != null && !errors.containsKey("batch")) {
            boolean taken = jdbc.sql("SELECT COUNT(*) FROM clearance_item WHERE township_id = :t AND batch = :b AND code = :c AND id <> :id")
                    .param("t", township).param("b", d.getBatch().trim()).param("c", d.getCode().trim())
                    .param("id", d.getId() == null ? -1 : d.getId()).query(Integer.class).single() > 0;
            if (taken) {
                errors.putIfAbsent("code", "批次「" + d.getBatch().trim() + "」中已有编号为「" + d.getCode().trim() + "」的事项");
            }
        }
        List<Person> people = new ArrayList<>();
        for (String name : names(d.getResponsiblePeople())) {
            if (name.length() > 32) {
                errors.putIfAbsent("responsiblePeople", "责任人姓名不超过32个字：" + name);
                continue;
            }
            Long cadre = null;
            if (d.getVillageId() != null) {
                List<Long> ids = jdbc.sql("SELECT id FROM cadre WHERE village_id = :v AND name = :n AND status = 'SERVING'")
                        .param("v", d.getVillageId()).param("n", name).query(Long.class).list();
                cadre = ids.size() == 1 ? ids.getFirst() : null;
            }
            people.add(new Person(cadre, name));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new Checked(d, Objects.requireNonNull(township), people);
    }

    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split("[、,，;；\\s]+")) {
            if (!part.isBlank() && !names.contains(part.trim())) {
                names.add(part.trim());
            }
        }
        return names;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insert(Checked c, PortalUser user) {
        ClearanceItemDraft d = c.draft();
        LocalDateTime now = LocalDateTime.now(clock);
        boolean generated = d.getCode().isBlank();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO clearance_item (township_id, village_id, kind, source, batch, code, parent_id, category,
                                                    title, description, measures, deadline, priority, status, version,
                                                    created_by, created_at, updated_at)
                        VALUES (:t, :v, :kind, :source, :batch, :code, :parent, :category, :title, :description, :measures,
                                :deadline, :priority, 'PENDING', 0, :by, :now, :now)""")
                .params(fields(c)).param("code", generated ? UUID.randomUUID().toString() : d.getCode().trim())
                .param("by", user.username()).param("now", now).update(keys);
        long id = keys.getKey().longValue();
        if (generated) {
            jdbc.sql("UPDATE clearance_item SET code = :c WHERE id = :id").param("c", "事项" + id).param("id", id).update();
        }
        writeLinks(id, c);
        jdbc.sql("""
                        INSERT INTO clearance_progress (item_id, township_id, village_id, step, note, actor_id, actor_name, at)
                        VALUES (:item, :t, :v, 'CREATED', NULL, :actor, :name, :now)""")
                .param("item", id).param("t", c.townshipId()).param("v", d.getVillageId()).param("actor", user.id())
                .param("name", user.displayName()).param("now", now).update();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void update(long id, int version, Checked c) {
        ClearanceItemDraft d = c.draft();
        int changed = jdbc.sql("""
                        UPDATE clearance_item SET overdue_since = CASE WHEN :deadline <= deadline THEN overdue_since END,
                               village_id = :v, kind = :kind, source = :source, batch = :batch,
                               code = COALESCE(NULLIF(:code, ''), code), parent_id = :parent, category = :category,
                               title = :title, description = :description, measures = :measures, deadline = :deadline,
                               priority = :priority, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .params(fields(c)).param("code", d.getCode().trim()).param("now", LocalDateTime.now(clock))
                .param("id", id).param("version", version).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException(ClearanceService.CONFLICT);
        }
        jdbc.sql("DELETE FROM clearance_item_office WHERE item_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM clearance_item_person WHERE item_id = :id").param("id", id).update();
        writeLinks(id, c);
    }

    private static Map<String, Object> fields(Checked c) {
        ClearanceItemDraft d = c.draft();
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("t", c.townshipId());
        m.put("v", d.getVillageId());
        m.put("kind", Objects.requireNonNull(d.getKind()).name());
        m.put("source", Objects.requireNonNull(d.getSource()).name());
        m.put("batch", d.getBatch().trim());
        m.put("parent", d.getParentId());
        m.put("category", d.getCategory().isBlank() ? null : d.getCategory().trim());
        m.put("title", d.getTitle().trim());
        m.put("description", d.getDescription().isBlank() ? null : d.getDescription().trim());
        m.put("measures", d.getMeasures().isBlank() ? null : d.getMeasures().trim());
        m.put("deadline", Objects.requireNonNull(d.getDeadline()));
        m.put("priority", Objects.requireNonNull(d.getPriority()).name());
        return m;
    }

    private void writeLinks(long id, Checked c) {
        for (Long office : c.draft().getLeadOfficeIds()) {
            jdbc.sql("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, 'LEAD')")
                    .param("i", id).param("o", office).update();
        }
        for (Long office : c.draft().getResponsibleOfficeIds()) {
            if (!c.draft().getLeadOfficeIds().contains(office)) {
                jdbc.sql("INSERT INTO clearance_item_office (item_id, office_id, role) VALUES (:i, :o, 'SHARE')")
                        .param("i", id).param("o", office).update();
            }
        }
        for (int k = 0; k < c.people().size(); k++) {
            Person p = c.people().get(k);
            jdbc.sql("INSERT INTO clearance_item_person (item_id, person_key, cadre_id, name) VALUES (:i, :k, :c, :n)")
                    .param("i", id).param("k", k).param("c", p.cadreId()).param("n", p.name()).update();
        }
    }

    /** The audited view of an item. */
    Map<String, Object> snapshot(long id) {
        Map<String, Object> m = new LinkedHashMap<>(jdbc.sql("""
                        SELECT id, village_id, kind, source, batch, code, parent_id, category, title, description, measures,
                               deadline, priority, status, version FROM clearance_item WHERE id = :id""")
                .param("id", id).query().singleRow());
        m.replaceAll((k, v) -> v instanceof java.sql.Date date ? date.toLocalDate().toString() : v);
        m.put("offices", jdbc.sql("SELECT CONCAT(role, ':', office_id) FROM clearance_item_office WHERE item_id = :id ORDER BY role, office_id")
                .param("id", id).query(String.class).list());
        m.put("people", jdbc.sql("SELECT name FROM clearance_item_person WHERE item_id = :id ORDER BY person_key")
                .param("id", id).query(String.class).list());
        return m;
    }
}

package cn.qinglian.portal.cadre;

import cn.qinglian.portal.organisation.OrgUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The villages a roster may name: those the user may see, looked up once per import. A name
 * shared by villages of two townships must be written "乡镇 · 村居", as the template lists it.
 */
final class RosterVillages {

    private final List<OrgUnit> units;
    private final Set<String> ambiguous;
    private final Map<String, Long> byLabel = new HashMap<>();

    RosterVillages(List<OrgUnit> units) {
        this.units = units;
        this.ambiguous = units.stream().collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        for (OrgUnit u : units) {
            byLabel.put(u.fullName(), u.id());
            if (!ambiguous.contains(u.name())) {
                byLabel.put(u.name(), u.id());
            }
        }
    }

    /** The labels for the template's drop-down, in the order of the village list. */
    List<String> labels() {
        return units.stream().map(u -> ambiguous.contains(u.name()) ? u.fullName() : u.name()).toList();
    }

    Optional<Long> find(String label) {
        return Optional.ofNullable(byLabel.get(label.strip()));
    }

    String problem(String label) {
        return ambiguous.contains(label.strip())
                ? "有多个名为“" + label.strip() + "”的村居，请按下拉列表填写“乡镇 · 村居”"
                : "村居“" + label.strip() + "”不存在或不在您的管理范围内";
    }
}

package cn.qinglian.portal.cadre;

import java.util.Arrays;
import java.util.Optional;

/** A village post; declaration order is the order letters and cards list them in. */
public enum Position {
    PARTY_SECRETARY("党组织书记", PositionGroup.LEADERS),
    DIRECTOR("村（居）委会主任", PositionGroup.LEADERS),
    DEPUTY_SECRETARY("党组织副书记", PositionGroup.COMMITTEE),
    DEPUTY_DIRECTOR("村（居）委会副主任", PositionGroup.COMMITTEE),
    PARTY_COMMITTEE_MEMBER("党组织委员", PositionGroup.COMMITTEE),
    VILLAGE_COMMITTEE_MEMBER("村（居）委会委员", PositionGroup.COMMITTEE),
    SUPERVISION_DIRECTOR("监委会主任", PositionGroup.SUPERVISION),
    SUPERVISION_MEMBER("村务监督委员会成员", PositionGroup.SUPERVISION),
    ACCOUNTANT("报账员", PositionGroup.COMMITTEE),
    GRID_WORKER("网格员", PositionGroup.COMMITTEE);

    private final String label;
    private final PositionGroup group;

    Position(String label, PositionGroup group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public PositionGroup group() {
        return group;
    }

    public static Optional<Position> byLabel(String label) {
        String wanted = label.trim();
        return Arrays.stream(values()).filter(p -> p.label.equals(wanted)).findFirst();
    }
}

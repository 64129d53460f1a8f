package cn.qinglian.portal.cadre;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the cadre roster workbook, in template order; gender and birth date come from the ID number. */
public enum RosterColumn {
    VILLAGE("村居", true),
    NAME("姓名", true),
    ID_NUMBER("身份证号", true),
    MOBILE("手机号", true),
    PARTY_MEMBER("是否党员", true),
    PARTY_JOINED_ON("入党日期", true),
    EDUCATION("学历", true),
    STATUS("状态", true),
    POSITION_1("职务1", true),
    STARTED_ON_1("任职开始1", true),
    ENDED_ON_1("任职结束1", true),
    // a roster whose cadres hold one post each may drop the second and third term columns
    POSITION_2("职务2", false),
    STARTED_ON_2("任职开始2", false),
    ENDED_ON_2("任职结束2", false),
    POSITION_3("职务3", false),
    STARTED_ON_3("任职开始3", false),
    ENDED_ON_3("任职结束3", false);

    /** How many posts a roster row can hold. */
    public static final int TERMS = 3;

    private final String header;
    private final boolean required;

    RosterColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Required columns must be present (possibly blank): an absent column would clear data on update. */
    public boolean required() {
        return required;
    }

    public boolean isDate() {
        return this == PARTY_JOINED_ON || name().startsWith("STARTED_ON") || name().startsWith("ENDED_ON");
    }

    public static RosterColumn position(int term) {
        return valueOf("POSITION_" + term);
    }

    public static RosterColumn startedOn(int term) {
        return valueOf("STARTED_ON_" + term);
    }

    public static RosterColumn endedOn(int term) {
        return valueOf("ENDED_ON_" + term);
    }

    public static Optional<RosterColumn> byHeader(String header) {
        String wanted = header.strip();
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }
}

package cn.qinglian.portal.clearance;

import java.util.Arrays;
import java.util.Optional;

/** The columns of a hand-over list workbook (移交清单), in template order. */
public enum ImportColumn {
    CODE("编号", true),
    KIND("清单类别", true),
    SOURCE("来源", true),
    BATCH("批次", true),
    VILLAGE("村居", true),
    PARENT("关联问题编号", false),
    CATEGORY("问题类别", false),
    TITLE("事项名称", true),
    DESCRIPTION("问题描述", false),
    MEASURES("整改措施", false),
    LEAD_OFFICES("牵头单位", true),
    RESPONSIBLE_OFFICES("责任单位", false),
    PEOPLE("责任人", false),
    DEADLINE("整改期限", true),
    PRIORITY("优先级", false);

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** Required columns must be present in the header row (their cells may still be checked per row). */
    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> byHeader(String header) {
        String wanted = header.strip().replace("*", "");
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }
}

package cn.qinglian.portal.letter;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a template may say in braces, e.g. {姓名}; filled from the cadre when a letter is generated. */
public enum Placeholder {
    NAME("姓名"),
    VILLAGE("村居"),
    POSITION("职务"),
    YEAR("年度"),
    DATE("日期"),
    TOWNSHIP("乡镇");

    private final String label;

    Placeholder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String token() {
        return "{" + label + "}";
    }

    static Optional<Placeholder> byLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    /** "{姓名}{村居}…", for help texts and messages. */
    public static String all() {
        return Arrays.stream(values()).map(Placeholder::token).collect(Collectors.joining(""));
    }
}

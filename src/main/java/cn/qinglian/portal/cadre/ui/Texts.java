package cn.qinglian.portal.cadre.ui;

import org.jspecify.annotations.Nullable;

/** A free-text ComboBox is empty as null; the drafts hold "" for "not given". */
final class Texts {

    private Texts() {
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    static @Nullable String orNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

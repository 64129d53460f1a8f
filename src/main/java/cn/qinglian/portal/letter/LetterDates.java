package cn.qinglian.portal.letter;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as letters and their tables print them: 2026年3月1日. */
final class LetterDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private LetterDates() {
    }

    static String text(LocalDate date) {
        return LONG.format(date);
    }

    static String textOrBlank(@Nullable LocalDate date) {
        return date == null ? "" : text(date);
    }
}

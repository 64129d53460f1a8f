package cn.qinglian.portal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** zh-CN formats used by every view: dates as 2026年11月26日, numbers with grouping, percentages. */
public final class ZhCn {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", LOCALE);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss", LOCALE);

    private ZhCn() {
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(@Nullable LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public static String dateTimeSeconds(@Nullable LocalDateTime at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at);
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(LOCALE).format(n);
    }

    /** 0.853 → "85.3%". */
    public static String percent(double ratio) {
        NumberFormat f = NumberFormat.getPercentInstance(LOCALE);
        f.setMaximumFractionDigits(1);
        return f.format(ratio);
    }

    /** A date picker in Chinese that shows and parses 2026年11月26日 (and 2026-11-26). */
    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(LOCALE);
        picker.setI18n(datePickerI18n());
        return picker;
    }

    public static DatePicker.DatePickerI18n datePickerI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                "十一月", "十二月"));
        i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
        i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("今天");
        i18n.setCancel("取消");
        i18n.setDateFormats("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd");
        return i18n;
    }
}

package cn.qinglian.portal.base.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ZhCnTest {

    @Test
    void datesNumbersAndPercentagesFollowChineseConventions() {
        assertThat(ZhCn.date(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
        assertThat(ZhCn.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
        assertThat(ZhCn.dateTime(LocalDateTime.of(2026, 11, 26, 9, 5))).isEqualTo("2026年11月26日 09:05");
        assertThat(ZhCn.number(1234567)).isEqualTo("1,234,567");
        assertThat(ZhCn.percent(0.853)).isEqualTo("85.3%");
        assertThat(ZhCn.date(null)).isEmpty();
    }

    @Test
    void datePickerSpeaksChinese() {
        var i18n = ZhCn.datePickerI18n();
        assertThat(i18n.getMonthNames()).startsWith("一月");
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getDateFormats()).startsWith("yyyy年M月d日");
    }
}

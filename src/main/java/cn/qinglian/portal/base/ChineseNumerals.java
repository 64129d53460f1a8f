package cn.qinglian.portal.base;

/** Numbers as Chinese documents count headings and items: 一、二 … 十、十二、二十三. */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ChineseNumerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三; 100 and above stay Arabic. */
    public static String of(int n) {
        if (n < 1 || n >= 100) {
            return String.valueOf(n);
        }
        if (n <= 10) {
            return DIGITS[n - 1];
        }
        if (n < 20) {
            return "十" + DIGITS[n - 11];
        }
        return DIGITS[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10 - 1]);
    }
}

package cn.qinglian.portal.cadre;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character resident ID number of GB 11643: region code, birth date, sequence (odd for men)
 * and a check character. Lower-case x is accepted and stored as X.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");

    private IdCardNumber() {
    }

    /** The normalised number (upper-case X). Call {@link #problem} first. */
    public static String normalise(String raw) {
        return raw.trim().toUpperCase();
    }

    /** Why the number is not a valid ID number, in Chinese; empty when it is valid. */
    public static Optional<String> problem(String raw, LocalDate today) {
        String id = raw == null ? "" : normalise(raw);
        if (id.isEmpty()) {
            return Optional.of("请输入身份证号");
        }
        if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
            return Optional.of("请使用18位身份证号（15位旧号码需换算为18位）");
        }
        if (id.length() != 18) {
            return Optional.of("身份证号应为18位");
        }
        if (!id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')) {
            return Optional.of("身份证号前17位应为数字，末位为数字或X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of("身份证号的地区码不存在");
        }
        Optional<LocalDate> birth = birthDateOf(id);
        if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().getYear() < 1900) {
            return Optional.of("身份证号中的出生日期无效");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("身份证号校验位不正确");
        }
        return Optional.empty();
    }

    /** The full number for the first 17 characters (used to make demo and test data). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDateOf(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The 17th digit is odd for men. */
    public static Gender genderOf(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 3301**********1234: what everyone but DISCIPLINE and PARTY_OFFICE sees. */
    public static String mask(String id) {
        if (id.length() < 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}

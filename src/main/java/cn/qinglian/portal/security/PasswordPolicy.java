package cn.qinglian.portal.security;

import java.util.Optional;

/**
 * 等保2.0 level-3 password complexity: at least 8 characters mixing at least three of upper case,
 * lower case, digits and symbols.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** The password of every demo account: a known default, refused outside demo mode. */
    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final String RULE = "密码至少8位，且包含大写字母、小写字母、数字、符号中的至少三类";

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(RULE);
        }
        if (password.equals(DEMO_PASSWORD)) {
            return Optional.of("不能使用演示账户的密码");
        }
        if (password.length() > 64) {
            return Optional.of("密码不能超过64位");
        }
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isWhitespace(c)) {
                return Optional.of("密码不能包含空格");
            }
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                symbol = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return classes >= 3 ? Optional.empty() : Optional.of(RULE);
    }
}

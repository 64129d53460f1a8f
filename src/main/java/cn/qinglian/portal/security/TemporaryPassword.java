package cn.qinglian.portal.security;

import java.security.SecureRandom;

/** Random one-time passwords that meet {@link PasswordPolicy}; users must change them at first sign-in. */
public final class TemporaryPassword {

    // no look-alikes (0/O, 1/l/I) so a password read aloud or printed is typed right
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String SYMBOL = "@#%+=!?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    public static String generate() {
        String all = UPPER + LOWER + DIGIT + SYMBOL;
        char[] out = new char[12];
        out[0] = pick(UPPER);
        out[1] = pick(LOWER);
        out[2] = pick(DIGIT);
        out[3] = pick(SYMBOL);
        for (int i = 4; i < out.length; i++) {
            out[i] = pick(all);
        }
        for (int i = out.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return new String(out);
    }

    private static char pick(String chars) {
        return chars.charAt(RANDOM.nextInt(chars.length()));
    }
}

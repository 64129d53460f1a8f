package cn.qinglian.portal.cadre;

import java.util.Optional;

/** Mainland mobile numbers: 11 digits starting 13–19. */
public final class MobileNumber {

    private MobileNumber() {
    }

    public static Optional<String> problem(String raw) {
        String m = raw == null ? "" : raw.trim();
        if (m.isEmpty() || m.matches("1[3-9]\\d{9}")) {
            return Optional.empty();
        }
        return Optional.of("手机号应为11位数字，以13–19开头");
    }

    /** 138****5678 for those who may not see the full number. */
    public static String mask(String mobile) {
        return mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : mobile;
    }
}

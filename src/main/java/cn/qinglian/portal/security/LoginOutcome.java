package cn.qinglian.portal.security;

/** How a sign-in attempt ended, as the login log records it. */
public enum LoginOutcome {
    SUCCESS("登录成功"),
    BAD_PASSWORD("密码错误"),
    UNKNOWN_USER("用户不存在"),
    LOCKED("账户已锁定"),
    LOCKED_NOW("密码错误，账户被锁定"),
    DISABLED("账户已停用"),
    LOGOUT("退出登录");

    private final String label;

    LoginOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

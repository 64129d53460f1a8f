package cn.qinglian.portal.security;

import cn.qinglian.portal.base.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Password sign-in with the 等保 controls: every attempt goes to the login log, the fifth wrong
 * password in a row locks the account for 15 minutes, and the exception's message is the Chinese
 * text the sign-in page shows.
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AccountService accounts;
    private final LoginLog loginLog;
    private final PasswordEncoder passwordEncoder;
    private final String dummyHash;
    private final PortalProperties.Security limits;

    PortalAuthenticationProvider(AccountService accounts, LoginLog loginLog, PasswordEncoder passwordEncoder,
                                 PortalProperties properties) {
        this.limits = properties.security();
        this.accounts = accounts;
        this.loginLog = loginLog;
        this.passwordEncoder = passwordEncoder;
        this.dummyHash = passwordEncoder.encode("timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).trim();
        String password = String.valueOf(authentication.getCredentials());
        Optional<PortalUser.Details> found = accounts.load(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, dummyHash); // same time as for a real account
            log(username, null, LoginOutcome.UNKNOWN_USER);
            throw new BadCredentialsException("用户名或密码错误");
        }
        PortalUser.Details details = found.get();
        long id = details.user().id();
        if (!details.isEnabled()) {
            log(username, id, LoginOutcome.DISABLED);
            throw new DisabledException("账户已停用，请联系系统管理员");
        }
        if (!details.isAccountNonLocked()) {
            log(username, id, LoginOutcome.LOCKED);
            throw new LockedException(lockMessage(accounts.lockedUntil(id).orElse(null)));
        }
        if (!passwordEncoder.matches(password, details.getPassword())) {
            int left = accounts.recordFailure(id);
            if (left == 0) {
                log(username, id, LoginOutcome.LOCKED_NOW);
                throw new LockedException(lockMessage(accounts.lockedUntil(id).orElse(null)));
            }
            log(username, id, LoginOutcome.BAD_PASSWORD);
            throw new BadCredentialsException("用户名或密码错误，再错 " + left + " 次账户将被锁定" + limits.lockMinutes() + "分钟");
        }
        accounts.recordSuccess(id);
        log(username, id, LoginOutcome.SUCCESS);
        var token = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        token.setDetails(authentication.getDetails());
        return token;
    }

    private String lockMessage(@Nullable LocalDateTime until) {
        return "连续" + limits.maxFailedAttempts() + "次密码错误，账户已锁定" + limits.lockMinutes() + "分钟" + (until == null ? "" : "（至 " + TIME.format(until) + "）")
                + "，请稍后再试或联系系统管理员解锁";
    }

    private void log(String username, @Nullable Long userId, LoginOutcome outcome) {
        String address = null;
        String agent = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            address = request.getRemoteAddr();
            agent = request.getHeader("User-Agent");
        }
        loginLog.record(username, userId, outcome, address, agent);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

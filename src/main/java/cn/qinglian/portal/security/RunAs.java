package cn.qinglian.portal.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs work outside a request as a named account (seeding demo data, scheduled jobs), so the services'
 * role checks, scope and audit apply to it exactly as to a signed-in user.
 */
@Component
public class RunAs {

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contexts;

    RunAs(AccountService accounts, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(String username, Supplier<T> work) {
        PortalUser.Details details = accounts.load(username)
                .orElseThrow(() -> new IllegalStateException("账户不存在：" + username));
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}

package cn.qinglian.portal.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Lets {@code @WithUserDetails("admin")} sign browserless tests in with the portal's real principal. */
@TestConfiguration
public class BrowserlessUsers {

    public static final String BEAN = "portalUserDetails";

    @Bean(BEAN)
    UserDetailsService portalUserDetails(AccountService accounts) {
        return username -> accounts.load(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}

package cn.qinglian.portal.security;

import cn.qinglian.portal.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form sign-in through the Chinese login view; method security for service role checks. */
@Configuration
@EnableWebSecurity
// @PreAuthorize on services only: @RolesAllowed stays a view annotation, so views are not proxied
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/styles/**").permitAll());
        // report previews show the PDF in an iframe of the portal's own page; other sites still may not frame it
        http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
        // unknown addresses reach Vaadin's router (and its Chinese not-found page) instead of a bare 403
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /** bcrypt through the delegating encoder, so a later switch of algorithm keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package org.jifen.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The web console's own chain ({@code /console/**} and the WebJars): a session cookie, CSRF
 * tokens, sign-in with an API key (see {@link ConsoleLoginFilter}). Pages hold no data: their
 * scripts call {@code /api/v1} with the session (see {@link ConsoleSessionFilter}), so the API's
 * rule table decides what a console user sees. See docs/console.md.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** The console's CSRF tokens, kept in the session; the API chain checks the same token. */
    static final HttpSessionCsrfTokenRepository CSRF = new HttpSessionCsrfTokenRepository();

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ApiKeyAuthenticationProvider provider, ProblemResponses problems)
            throws Exception {
        ProviderManager manager = new ProviderManager(provider);
        http.securityMatcher("/console", "/console/**", "/webjars/**")
                .csrf(c -> c.csrfTokenRepository(CSRF).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .securityContext(s -> s.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?out"))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/console/login")))
                .addFilterAfter(new ConsoleLoginFilter(manager), CsrfFilter.class)
                .addFilterBefore(new ConsoleSessionFilter(manager, problems, false), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/console/login", "/console/css/**", "/console/js/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }
}

package org.jifen.api.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security for the API: stateless, no sessions, no CSRF (no cookies: every request carries
 * its key in {@code X-Api-Key}), no login forms. {@link #rules} is the one table of who may call
 * what; an endpoint it does not list is for ADMIN keys only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String V = "/api/v1/villages/{village}";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeyAuthenticationProvider provider, VillageAccess access,
            ProblemResponses problems) throws Exception {
        AuthenticationManager manager = new ProviderManager(provider);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // stateless; and a console session's id stays (no fixation change per call: parallel calls would lose it)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(f -> f.none()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(manager, problems), AnonymousAuthenticationFilter.class)
                // the web console's session, with its CSRF header, acts as its key (see ConsoleSessionFilter)
                .addFilterBefore(new ConsoleSessionFilter(manager, problems, true), ApiKeyAuthenticationFilter.class)
                .authorizeHttpRequests(a -> rules(a, access));
        return http.build();
    }

    /**
     * Who may call what. "own": a village listed on an OFFICIAL, REVIEWER or PIPELINE key.
     * See {@link Permission} for the roles of each permission.
     */
    static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
            VillageAccess access) {
        // public: health probes, the OpenAPI document and Swagger UI (they hold no data), error dispatches
        a.requestMatchers(path(GET, "/actuator/health"), path(GET, "/actuator/health/**")).permitAll();
        a.requestMatchers(path(GET, "/v3/api-docs"), path(GET, "/v3/api-docs.yaml"), path(GET, "/v3/api-docs/**"),
                path(GET, "/swagger-ui.html"), path(GET, "/swagger-ui/**")).permitAll();
        a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        a.requestMatchers(path(null, "/error")).permitAll();

        // villages: any key reads; ADMIN creates; ADMIN or an own OFFICIAL renames
        a.requestMatchers(path(GET, "/api/v1/villages"), path(GET, V)).access(access.anyKey());
        a.requestMatchers(path(PUT, V)).access(access.villagePut());

        // evaluations and members
        a.requestMatchers(path(POST, V + "/evaluations")).access(access.to(Permission.EVALUATE));
        a.requestMatchers(path(PUT, V + "/members/{member}"), path(POST, V + "/members/import"))
                .access(access.to(Permission.REGISTER_MEMBER));
        a.requestMatchers(path(GET, V + "/members")).access(access.to(Permission.READ_MEMBERS));
        a.requestMatchers(path(GET, V + "/members/{member}"), path(GET, V + "/members/{member}/balance"),
                path(GET, V + "/members/{member}/ledger")).access(access.to(Permission.READ_MEMBERS));

        // review, reversal and adjustment
        a.requestMatchers(path(POST, V + "/evidence/{evidence}/review")).access(access.to(Permission.REVIEW));
        a.requestMatchers(path(GET, V + "/reviews/pending")).access(access.to(Permission.READ_MEMBERS));
        a.requestMatchers(path(POST, V + "/ledger/{entry}/reversal"), path(POST, V + "/evidence/{evidence}/reversal"))
                .access(access.to(Permission.REVERSE));
        a.requestMatchers(path(POST, V + "/adjustments")).access(access.to(Permission.ADJUST));

        // published policy
        a.requestMatchers(path(GET, V + "/policy"), path(GET, V + "/policy/versions"),
                path(GET, V + "/policy/versions/{version}"), path(GET, V + "/policy/versions/{from}/diff/{to}"),
                path(GET, V + "/policy/coverage"))
                .access(access.to(Permission.READ_POLICY));
        a.requestMatchers(path(POST, V + "/policy/versions/{version}/restore")).access(access.to(Permission.EDIT_POLICY));

        // the draft
        a.requestMatchers(path(GET, V + "/policy/draft/files"), path(GET, V + "/policy/draft/files/{name}"),
                path(GET, V + "/policy/draft/rule-forms"))
                .access(access.to(Permission.READ_DRAFT));
        a.requestMatchers(path(PUT, V + "/policy/draft/files/{name}"), path(DELETE, V + "/policy/draft/files/{name}"),
                path(DELETE, V + "/policy/draft"), path(POST, V + "/policy/draft/validate"),
                path(POST, V + "/policy/draft/test"), path(POST, V + "/policy/draft/publish"),
                path(POST, V + "/policy/draft/simulate"), path(POST, V + "/policy/draft/rule-forms")).access(access.to(Permission.EDIT_POLICY));

        // redemption, households, expiry and reports; PUT /api/v1/merchants/{merchant}: ADMIN only
        a.requestMatchers(path(PUT, V + "/catalogue/{item}")).access(access.to(Permission.EDIT_CATALOGUE));
        a.requestMatchers(path(GET, V + "/catalogue")).access(access.to(Permission.READ_CATALOGUE));
        a.requestMatchers(path(GET, "/api/v1/merchants")).access(access.anyKey());
        a.requestMatchers(path(POST, V + "/redemptions")).access(access.to(Permission.REDEEM));
        a.requestMatchers(path(POST, V + "/redemptions/{key}/cancel")).access(access.to(Permission.CANCEL_REDEMPTION));
        a.requestMatchers(path(GET, V + "/households/{household}/balance")).access(access.to(Permission.READ_MEMBERS));
        a.requestMatchers(path(GET, V + "/members/{member}/statement"), path(GET, V + "/households/{household}/statement"),
                path(GET, V + "/reports/rankings"), path(GET, V + "/reports/summary"), path(GET, V + "/reports/notice"))
                .access(access.to(Permission.READ_REPORTS));
        a.requestMatchers(path(POST, V + "/expiry/run")).access(access.to(Permission.ADJUST));
        // redemption freezes (暂停兑换): an own OFFICIAL sets and lifts them; readers of members read them
        a.requestMatchers(path(PUT, V + "/members/{member}/redemption-freeze"),
                path(DELETE, V + "/members/{member}/redemption-freeze"),
                path(PUT, V + "/households/{household}/redemption-freeze"),
                path(DELETE, V + "/households/{household}/redemption-freeze")).access(access.to(Permission.ADJUST));
        a.requestMatchers(path(GET, V + "/members/{member}/redemption-freeze"),
                path(GET, V + "/households/{household}/redemption-freeze")).access(access.to(Permission.READ_MEMBERS));
        // period-end programmes (评星): an own OFFICIAL runs them
        a.requestMatchers(path(POST, V + "/programmes/{period}/run")).access(access.to(Permission.ADJUST));

        // the audit log: ADMIN, AUDITOR; an OFFICIAL with ?village=<own>
        a.requestMatchers(path(GET, "/api/v1/audit")).access(access.auditLog());

        // Prometheus scraping: ADMIN and AUDITOR keys (docs/deployment.md)
        a.requestMatchers(path(GET, "/actuator/prometheus")).access(access.monitoring());

        // keys (/api/v1/keys), actuator info and metrics, and anything not listed: ADMIN only
        a.anyRequest().access(access.admin());
    }

    private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}

package vn.thidua.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Who may call what. The REST API: HTTP basic over the same users, stateless, no CSRF, 401 and 403
 * as problem details. The pages: form login with CSRF; the public list and the request schemas (public
 * documentation) are the only anonymous pages. The management endpoints: health for anyone, the rest
 * for ADMIN.
 * Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String SECRETARIAT = Role.SECRETARIAT.name();
    private static final String POLICY = Role.POLICY.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String COUNCIL = Role.COUNCIL.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String OVERSIGHT = Role.OVERSIGHT.name();
    // No page has an inline script or style (Swagger UI's, served by springdoc, are files too).
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/evaluations").hasAnyRole(SECRETARIAT, ADMIN)
                        // The comment loop and the Fatherland Front's oversight (docs/operations.md §18, §19): read by the
                        // roles whose pages show them, within their units; answered by the secretariat; opinions filed by the Front.
                        .requestMatchers(HttpMethod.GET, "/api/evaluations/*/public-lists", "/api/evaluations/*/opinions",
                                "/api/public-lists/**").hasAnyRole(SECRETARIAT, OVERSIGHT, COUNCIL, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/public-lists/*/comments/*/answers",
                                "/api/public-lists/*/opinions/*/answers").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/public-lists/*/opinions").hasRole(OVERSIGHT)
                        .requestMatchers(HttpMethod.GET, "/api/evaluations/**").hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/schedules/*").hasAnyRole(SECRETARIAT, COUNCIL, ADMIN)
                        .requestMatchers("/api/schedules/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        // Decisions and the register (docs/operations.md, "Decisions and the register").
                        .requestMatchers(HttpMethod.POST, "/api/evaluations/*/award-decisions").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/award-decisions/**", "/api/register", "/api/register/**")
                                .hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers("/api/award-decisions/**", "/api/register/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/rules/versions").hasAnyRole(POLICY, AUDITOR, ADMIN)
                        .requestMatchers("/api/rules/**").hasAnyRole(POLICY, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(SECRETARIAT, POLICY, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/council/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/council/**").hasAnyRole(SECRETARIAT, COUNCIL, AUDITOR, ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    // The management endpoints (docs/operations.md): the health answer and the probes for anyone (the
    // components only for ADMIN), everything else for ADMIN, with HTTP basic as scrapers send it.
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    // The OpenAPI document: for the logged-in pages (Swagger UI) and for API clients with HTTP basic.
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountEvents events) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
        toPage.setDefaultTargetUrl("/");
        AuthenticationSuccessHandler recorded = (request, response, authentication) -> {
            events.record(AccountEvents.Kind.LOGIN, authentication.getName(), request.getRemoteAddr(), null);
            toPage.onAuthenticationSuccess(request, response, authentication);
        };
        // A locked-out sign-in says so (and for how long); any other failure is "wrong user name or password".
        AuthenticationFailureHandler failed = (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/public", "/public/**", "/schemas/**", "/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").authenticated()
                        // The rule editor's code editor: CodeMirror from its webjar and the page's own scripts.
                        .requestMatchers(HttpMethod.GET, "/webjars/**", "/js/**").authenticated()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/runs/*/decision").hasAnyRole(SECRETARIAT, AUDITOR, COUNCIL, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/runs", "/runs/**").hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers("/runs", "/runs/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers("/policy/**").hasAnyRole(POLICY, ADMIN)
                        .requestMatchers("/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/council/sessions", "/council/sessions/**")
                                .hasAnyRole(SECRETARIAT, COUNCIL, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/register", "/register/**").hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers("/register/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers("/council/**").hasAnyRole(COUNCIL, ADMIN)
                        // The yearly and term report by focus group (docs/operations.md, "The year and the term reported").
                        .requestMatchers(HttpMethod.GET, "/reports", "/reports/**").hasAnyRole(SECRETARIAT, POLICY, ADMIN)
                        // The Fatherland Front reads its units' lists, decisions and rankings; only it files opinions.
                        .requestMatchers(HttpMethod.GET, "/oversight", "/oversight/**").hasAnyRole(OVERSIGHT, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/oversight/lists/*/opinions").hasRole(OVERSIGHT)
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(recorded).failureHandler(failed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                // Pages load scripts, styles and images from the application only, and are never framed.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }
}

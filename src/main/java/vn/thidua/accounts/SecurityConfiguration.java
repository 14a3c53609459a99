package vn.thidua.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/evaluations").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/evaluations/**").hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/schedules/*").hasAnyRole(SECRETARIAT, COUNCIL, ADMIN)
                        .requestMatchers("/api/schedules/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/rules/versions").hasAnyRole(POLICY, AUDITOR, ADMIN)
                        .requestMatchers("/api/rules/**").hasAnyRole(POLICY, ADMIN)
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
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/public", "/public/**", "/schemas/**", "/login", "/css/**", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").authenticated()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/runs/*/decision").hasAnyRole(SECRETARIAT, AUDITOR, COUNCIL, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/runs", "/runs/**").hasAnyRole(SECRETARIAT, AUDITOR, ADMIN)
                        .requestMatchers("/runs", "/runs/**").hasAnyRole(SECRETARIAT, ADMIN)
                        .requestMatchers("/policy/**").hasAnyRole(POLICY, ADMIN)
                        .requestMatchers("/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers("/council/**").hasAnyRole(COUNCIL, ADMIN)
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                .build();
    }
}

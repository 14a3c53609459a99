package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.AccountException;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Accounts hardened as OWASP ASVS level 2 asks, over real HTTP: common passwords refused, repeated
 * failed sign-ins slowed then locked out (form and HTTP basic), every sign-in, failure and account
 * change where an auditor reads it, idle sessions ending, and a Content-Security-Policy on pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class AccountSecurityIntegrationTests {

    private static final String PASSWORD = "hardened-secret-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;

    @Autowired
    private Environment environment;

    @Test
    void refusesACommonPasswordAndOneContainingTheUsername() {
        Account account = new Account("sec.common", "Thư ký", true, EnumSet.of(Role.SECRETARIAT), Set.of("XA-DARSAL"), null);

        assertThatThrownBy(() -> accounts.create(account, "Password123")).isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).field()).isEqualTo("password"))
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> accounts.create(account, "my-sec.common-pass")).isInstanceOf(AccountException.class)
                .hasMessageContaining("must not contain the username");
        assertThat(accounts.find("sec.common")).isEmpty();
    }

    @Test
    void locksOutAUserNameAfterFiveWrongPasswordsEvenWithTheRightOne() {
        user("sec.locked", Role.SECRETARIAT);
        ApiClient wrong = new ApiClient(port, "sec.locked", "not-the-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/evaluations/1").status()).isEqualTo(401);
        }

        ApiClient.Answer right = new ApiClient(port, "sec.locked", PASSWORD).get("/api/evaluations/1");

        assertThat(right.status()).isEqualTo(401);
        List<String> kinds = events("sec.locked");
        assertThat(kinds).containsSubsequence("ACCOUNT_CREATED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED", "LOGIN_REFUSED");
    }

    @Test
    void tellsALockedOutUserAtTheLoginFormAndRecordsAFormSignIn() throws Exception {
        user("sec.form", Role.SECRETARIAT);
        Form form = new Form();

        HttpResponse<String> signedIn = form.login("sec.form", PASSWORD);
        for (int i = 0; i < 5; i++) {
            new Form().login("sec.form", "wrong-password-" + i);
        }
        HttpResponse<String> locked = new Form().login("sec.form", PASSWORD);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(new Form().get("/login?locked").body()).contains("tạm bị khóa");
        assertThat(events("sec.form")).contains("LOGIN", "LOCKED");
    }

    @Test
    void recordsARoleChangeWithWhoMadeIt() {
        user("sec.promoted", Role.SECRETARIAT);
        Account before = accounts.find("sec.promoted").orElseThrow();

        accounts.update(new Account(before.username(), before.displayName(), true, EnumSet.of(Role.SECRETARIAT, Role.AUDITOR),
                before.units(), null));

        JsonNode newest = new ApiClient(port).get("/api/audit/accounts?username=sec.promoted").json().get(0);
        assertThat(newest.path("kind").asString()).isEqualTo("ROLES_CHANGED");
        assertThat(newest.path("detail").asString()).contains("SECRETARIAT").contains("AUDITOR");
    }

    @Test
    void sendsAContentSecurityPolicyAndEndsIdleSessions() throws Exception {
        HttpResponse<String> login = new Form().get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void keepsTheAccountEventsFromAnyoneButAuditorsAndAdministrators() {
        user("sec.curious", Role.SECRETARIAT);

        assertThat(new ApiClient(port, "sec.curious", PASSWORD).get("/api/audit/accounts").status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/audit/accounts?limit=0").status()).isEqualTo(400);
    }

    private List<String> events(String username) {
        List<String> kinds = new java.util.ArrayList<>();
        new ApiClient(port).get("/api/audit/accounts?username=" + username).json().forEach(e -> kinds.add(0, e.path("kind").asString()));
        return kinds;
    }

    private void user(String name, Role role) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new Account(name, name, true, EnumSet.of(role), Set.of("XA-DARSAL"), null), PASSWORD);
        }
    }

    /** A browser's session at the login form: cookies kept, the CSRF token read from the page. */
    private final class Form {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
            String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}

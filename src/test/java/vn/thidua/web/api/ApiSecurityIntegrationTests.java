package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The REST API over real HTTP: basic authentication without CSRF token, 401 and 403 as problem
 * details, and a secretariat user limited to the runs of their units.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ApiSecurityIntegrationTests {

    private static final String PASSWORD = "api-security-password";

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;

    @BeforeEach
    void users() {
        user("sec.darsal", Role.SECRETARIAT, "XA-DARSAL");
        user("sec.other", Role.SECRETARIAT, "XA-KHAC");
        user("policy.only", Role.POLICY, "XA-DARSAL");
    }

    @Test
    void answersUnauthenticatedCallsWith401ProblemDetails() {
        ApiClient.Answer anonymous = new ApiClient(port, null, null).get("/api/evaluations/1");
        ApiClient.Answer wrongPassword = new ApiClient(port, "sec.darsal", "not-the-password").get("/api/evaluations/1");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void answersAForbiddenRoleWith403ProblemDetails() {
        ApiClient.Answer answer = new ApiClient(port, "policy.only", PASSWORD).post("/api/evaluations", SampleRequests.commune());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("title").asString()).isEqualTo("Forbidden");
    }

    @Test
    void limitsASecretariatUserToTheRunsOfTheirUnits() {
        ApiClient darsal = new ApiClient(port, "sec.darsal", PASSWORD);
        ApiClient other = new ApiClient(port, "sec.other", PASSWORD);

        ApiClient.Answer created = darsal.post("/api/evaluations", SampleRequests.commune());
        long run = created.json().path("runId").asLong();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(darsal.get("/api/evaluations/" + run).status()).isEqualTo(200);
        assertThat(other.get("/api/evaluations/" + run).status()).isEqualTo(403);
        assertThat(other.get("/api/evaluations/" + run + "/decisions").status()).isEqualTo(403);
        assertThat(other.post("/api/evaluations", SampleRequests.commune()).status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/evaluations/" + run).status()).isEqualTo(200);
    }

    @Test
    void keepsThePublicListOpenAndSendsOtherPagesToTheLogin() {
        ApiClient anonymous = new ApiClient(port, null, null);

        assertThat(anonymous.get("/public").status()).isEqualTo(200);
        ApiClient.Answer runs = anonymous.get("/runs");
        assertThat(runs.status()).isEqualTo(302);
        assertThat(runs.location()).endsWith("/login");
        assertThat(anonymous.get("/swagger-ui.html").status()).isEqualTo(302);
    }

    private void user(String name, Role role, String unit) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new Account(name, name, true, EnumSet.of(role), Set.of(unit), null), PASSWORD);
        }
    }
}

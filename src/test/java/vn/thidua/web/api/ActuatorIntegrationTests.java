package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The management endpoints over real HTTP: health and the probes for anyone, the components, info,
 * metrics and the Prometheus scrape only for an administrator, and the run metrics after an evaluation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ActuatorIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void answersHealthToAnyoneWithoutItsComponents() {
        ApiClient.Answer health = new ApiClient(port, null, null).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).isFalse();
    }

    @Test
    void isReadyWithTheDatabaseAndTheRuleSet() {
        ApiClient.Answer readiness = new ApiClient(port).get("/actuator/health/readiness");
        ApiClient.Answer liveness = new ApiClient(port, null, null).get("/actuator/health/liveness");

        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").path("ruleSet").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").path("ruleSet").path("details").path("version").asString())
                .startsWith("sha256:");
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void namesTheActiveRuleSetAndTheBuildInInfo() {
        ApiClient.Answer info = new ApiClient(port).get("/actuator/info");

        assertThat(info.status()).as(info.body()).isEqualTo(200);
        assertThat(info.json().path("ruleSet").path("version").asString()).startsWith("sha256:");
        assertThat(info.json().path("build").path("artifact").asString()).isEqualTo("thidua");
    }

    @Test
    void keepsInfoMetricsAndPrometheusFromAnyoneButAnAdministrator() {
        for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus"}) {
            assertThat(new ApiClient(port, null, null).get(path).status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void countsTheDecisionsOfAStoredRunForPrometheus() {
        ApiClient admin = new ApiClient(port);
        ApiClient.Answer created = admin.post("/api/evaluations", SampleRequests.commune());

        ApiClient.Answer scrape = admin.get("/actuator/prometheus");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("thidua_decisions_total{", "award=\"LAO_DONG_TIEN_TIEN\"", "outcome=\"ELIGIBLE\"")
                .contains("thidua_runs_total{")
                .contains("thidua_evaluation_seconds_count{")
                .contains("thidua_jobs{");
    }
}

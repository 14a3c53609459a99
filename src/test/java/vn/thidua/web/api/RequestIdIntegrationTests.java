package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.SampleRequests;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Logs an operator can search, over real HTTP: the response names the request id, and the log line of
 * a stored run carries it and the run id (the JSON layout of the same lines: LogLayoutTests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void logsTheStoredRunWithTheCallersRequestIdAndTheRunId(CapturedOutput output) throws Exception {
        HttpResponse<String> created = post("/api/evaluations", "audit-trail-42");
        long runId = JsonMapper.shared().readTree(created.body()).path("runId").asLong();

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Request-Id")).hasValue("audit-trail-42");
        assertThat(output.getErr().lines().filter(l -> l.contains("run " + runId + " stored")))
                .singleElement().asString().contains("[audit-trail-42] [run " + runId + "]");
    }

    @Test
    void givesARequestWithoutAWellFormedIdANewOne() throws Exception {
        HttpResponse<String> answer = post("/api/evaluations", "not an id; DROP TABLE");

        assertThat(answer.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f-]{36}"));
    }

    private HttpResponse<String> post(String path, String requestId) throws Exception {
        String basic = Base64.getEncoder().encodeToString((ApiClient.ADMIN + ":" + ApiClient.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofByteArray(SampleRequests.commune())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

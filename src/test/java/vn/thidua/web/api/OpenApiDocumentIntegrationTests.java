package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The OpenAPI document as a client reads it: every request body has its schema and an example that
 * the application itself accepts, no schema is a bare object, every operation says who may call it
 * and which problems it answers. The document is written to target/openapi/openapi.json, where
 * `.ci/run` lints it with an independent linter (@redocly/cli).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class OpenApiDocumentIntegrationTests {

    static final Path WRITTEN = Path.of("target", "openapi", "openapi.json");

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private Consultations consultations;
    @Autowired
    private ResultRows rows;

    private ApiClient api;
    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        api = new ApiClient(port);
        ApiClient.Answer answer = api.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        document = answer.json();
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void noSchemaIsABareObject() {
        List<String> bare = new ArrayList<>();
        bareObjects(document, "#", bare);
        assertThat(bare).as("schemas of type object with neither properties nor additionalProperties").isEmpty();
    }

    @Test
    void everyOperationNamesItsSecurityItsProblemsAndItsSuccess() {
        assertThat(document.path("security").isArray() && !document.path("security").isEmpty()).isTrue();
        assertThat(document.path("components").path("securitySchemes").has("basic")).isTrue();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().path("responses");
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (responses.propertyNames().stream().noneMatch(code -> code.startsWith("4"))) {
                    missing.add(name + ": no 4xx answer");
                }
                if (responses.propertyNames().stream().noneMatch(code -> code.startsWith("2"))) {
                    missing.add(name + ": no success answer");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(document.at("/paths/~1api~1evaluations/post/responses").has("201")).isTrue();
        assertThat(document.at("/paths/~1api~1schedules/post/responses").has("202")).isTrue();
        assertThat(document.at("/paths/~1api~1evaluations~1{id}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void everyJsonRequestBodyHasASchemaAndAnExample() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode json = operation.getValue().path("requestBody").path("content").path("application/json");
                if (operation.getValue().has("requestBody") && json.isMissingNode()
                        && operation.getValue().path("requestBody").path("content").isMissingNode()) {
                    missing.add(operation.getKey() + " " + path.getKey() + ": a body without content");
                }
                if (!json.isMissingNode() && json.path("schema").isMissingNode()) {
                    missing.add(operation.getKey() + " " + path.getKey() + ": no schema");
                }
            }
        }
        assertThat(missing).isEmpty();
        for (String path : List.of("/api/evaluations", "/api/schedules", "/api/schedules/from-evaluation/{runId}",
                "/api/council/runs/{runId}/sessions")) {
            JsonNode body = document.path("paths").path(path).path("post").path("requestBody").path("content").path("application/json");
            assertThat(body.path("examples").path("sample").path("value").isObject()).as(path).isTrue();
        }
    }

    @Test
    void theExamplesAreValidRequestsThatTheApplicationAccepts() throws Exception {
        JsonNode evaluation = example("/api/evaluations");
        JsonNode schedule = example("/api/schedules");
        JsonNode session = example("/api/council/runs/{runId}/sessions");

        assertThat(problems(schema("schemas/request.schema.json"), evaluation)).isEmpty();
        assertThat(problems(schema("schemas/schedule-request.schema.json"), schedule)).isEmpty();
        assertThat(problems(schema("openapi/council-session.schema.json"), session)).isEmpty();

        ApiClient.Answer evaluated = api.post("/api/evaluations", JsonMapper.shared().writeValueAsBytes(evaluation));
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
        assertThat(evaluated.json().path("decisions").isArray()).isTrue();
        ApiClient.Answer scheduled = api.post("/api/schedules", JsonMapper.shared().writeValueAsBytes(schedule));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(202);
        api.delete(java.net.URI.create(scheduled.location()).getPath());
    }

    @Test
    void theCommentLoopSamplesAreValidAndTheApplicationAcceptsThem() throws Exception {
        Account front = new Account("openapi-mttq", "Ủy ban MTTQ xã Đạ R'sal", true, EnumSet.of(Role.OVERSIGHT), Set.of("XA-DARSAL"), null);
        if (accounts.find(front.username()).isEmpty()) {
            accounts.create(front, "giam-sat-mau-2026");
        }
        long run = submissions.submit(SampleRequests.commune(), accounts.find(ApiClient.ADMIN).orElseThrow()).runId();
        PublicList list = consultations.publish(run, "Danh sách mẫu OpenAPI", consultations.today(), consultations.today().plusDays(5),
                ApiClient.ADMIN);
        ResultRows.Row candidate = rows.proposed(run, 1, 1).rows().get(0);
        consultations.comment(list, candidate.subjectId(), candidate.award().name(), "Người góp ý", null, "Góp ý mẫu");
        long comment = consultations.onList(list.id()).get(0).id();
        String opinions = "/api/public-lists/{id}/opinions";
        String commentAnswers = "/api/public-lists/{id}/comments/{commentId}/answers";
        String opinionAnswers = "/api/public-lists/{id}/opinions/{opinionId}/answers";
        for (String path : List.of(opinions, commentAnswers, opinionAnswers)) {
            JsonNode body = document.path("paths").path(path).path("post").path("requestBody").path("content").path("application/json");
            String ref = body.path("schema").path("$ref").asString();
            JsonNode schema = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.path("required").isArray()).as(path + " names its required fields").isTrue();
            assertThat(problems(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema), example(path)))
                    .as(path).isEmpty();
        }

        ApiClient.Answer filed = new ApiClient(port, front.username(), "giam-sat-mau-2026").post(
                opinions.replace("{id}", "" + list.id()), JsonMapper.shared().writeValueAsBytes(example(opinions)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        ApiClient.Answer answered = api.post(commentAnswers.replace("{id}", "" + list.id()).replace("{commentId}", "" + comment),
                JsonMapper.shared().writeValueAsBytes(example(commentAnswers)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        ApiClient.Answer opinionAnswered = api.post(opinionAnswers.replace("{id}", "" + list.id())
                .replace("{opinionId}", filed.json().path("id").asString()), JsonMapper.shared().writeValueAsBytes(example(opinionAnswers)));
        assertThat(opinionAnswered.status()).as(opinionAnswered.body()).isEqualTo(201);
        assertThat(document.at("/paths/~1api~1public-lists~1{id}~1comments~1{commentId}~1answers/post/responses").has("409")).isTrue();
    }

    private JsonNode example(String path) {
        return document.path("paths").path(path).path("post").path("requestBody").path("content").path("application/json")
                .path("examples").path("sample").path("value");
    }

    private static void bareObjects(JsonNode node, String where, List<String> bare) {
        if (node.isObject()) {
            boolean object = "object".equals(node.path("type").asString(null))
                    || (node.path("type").isArray() && node.path("type").valueStream().anyMatch(t -> "object".equals(t.asString())));
            if (object && !node.has("properties") && !node.has("additionalProperties") && !node.has("$ref")
                    && !node.has("allOf") && !node.has("oneOf") && !node.has("anyOf")
                    && !where.contains("/examples/") && !where.contains("/example")) {
                bare.add(where);
            }
            if (object && node.path("additionalProperties").isObject() && node.path("additionalProperties").isEmpty()
                    && !node.has("properties")) {
                bare.add(where + " (additionalProperties of any kind)");
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                if (!child.getKey().equals("example") && !child.getKey().equals("examples")) {
                    bareObjects(child.getValue(), where + "/" + child.getKey(), bare);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                bareObjects(node.get(i), where + "/" + i, bare);
            }
        }
    }

    private static Schema schema(String resource) throws Exception {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<String> problems(Schema schema, JsonNode instance) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(instance, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }
}

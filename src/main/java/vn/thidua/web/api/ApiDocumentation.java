package vn.thidua.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document at /v3/api-docs as a client reads it: who may call (HTTP Basic or the
 * signed-in session), every request body with its JSON Schema and an example, the problem answers
 * (RFC 7807) of each operation, and the server as this one. The request schemas are the files the
 * application validates against (docs/*.schema.json, served at /schemas/), their {@code $defs}
 * moved into the document's components; the bodies that have no schema of their own in docs/ are
 * described by src/main/resources/openapi/*.schema.json. `.ci/run` lints the document with an
 * independent linter (docs/operations.md §2).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Operations whose body is read as bytes and checked by the application, with its schema and example. */
    private static final List<Body> BODIES = List.of(
            new Body("/api/evaluations", "EvaluationRequest", "schemas/request.schema.json", "EvaluationRequest",
                    "openapi/evaluation-request.example.json", "One individual of the sample commune (data/sample-commune.json)"),
            new Body("/api/schedules", "ScheduleRequest", "schemas/schedule-request.schema.json", "ScheduleRequest",
                    "openapi/schedule-request.example.json", "Four dossiers of the sample schedule (data/sample-schedule.json)"),
            new Body("/api/schedules/from-evaluation/{runId}", "ScheduleFromEvaluation", "openapi/schedule-from-evaluation.schema.json",
                    "ScheduleRequest", "openapi/schedule-from-evaluation.example.json", "The sample schedule's council"),
            new Body("/api/council/runs/{runId}/sessions", "CouncilSessionRequest", "openapi/council-session.schema.json",
                    "CouncilSessionRequest", "openapi/council-session.example.json", "A session of the sample commune's council"));

    record Body(String path, String schemaName, String schemaFile, String defsPrefix, String exampleFile, String exampleSummary) {
    }

    @Bean
    OpenAPI thiduaOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("thidua API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("Eligibility evaluation, ranking, council scheduling, council sessions, decisions and the "
                                + "register of emulation titles and commendations (Luật Thi đua, khen thưởng 06/2022/QH15). "
                                + "The request and result formats are in docs/request-and-result.md; the JSON Schemas of the "
                                + "requests are served at /schemas/. Errors are RFC 7807 problem details naming every bad field.")
                        .license(new License().name("Proprietary: the thidua project").identifier("LicenseRef-thidua")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the application (docs/operations.md §9)"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a user signed in through /login")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)));
    }

    @Bean
    OpenApiCustomizer thiduaOperations() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            for (Body body : BODIES) {
                describe(api, body);
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addProblems(path, method, operation);
                if (path.startsWith("/schemas/")) {
                    // Public documentation, open without login (SecurityConfiguration).
                    operation.setSecurity(List.of(new SecurityRequirement()));
                }
            }));
            typeFacts(api);
        };
    }

    /** The body of an operation read as bytes: its schema (with its $defs as components) and an example. */
    private static void describe(OpenAPI api, Body body) {
        PathItem item = api.getPaths().get(body.path());
        if (item == null || item.getPost() == null) {
            throw new IllegalStateException("the OpenAPI document has no POST " + body.path() + " to describe");
        }
        Map<String, Object> schema = read(body.schemaFile());
        @SuppressWarnings("unchecked")
        Map<String, Object> defs = (Map<String, Object>) schema.remove("$defs");
        schema.remove("$schema");
        schema.remove("$id");
        if (defs != null) {
            defs.forEach((name, def) -> api.getComponents().addSchemas(body.defsPrefix() + "." + name, toSchema(def, body.defsPrefix())));
        }
        api.getComponents().addSchemas(body.schemaName(), toSchema(schema, body.defsPrefix()));
        Object example = read(body.exampleFile());
        MediaType json = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + body.schemaName()))
                .examples(Map.of("sample", new Example().summary(body.exampleSummary()).value(example)));
        RequestBody requestBody = item.getPost().getRequestBody() == null ? new RequestBody() : item.getPost().getRequestBody();
        Content content = requestBody.getContent() == null ? new Content() : requestBody.getContent();
        content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
        item.getPost().setRequestBody(requestBody.required(true).content(content));
    }

    /** A JSON Schema object as the document's model, its {@code #/$defs/x} references pointing at the components. */
    private static Schema<?> toSchema(Object jsonSchema, String defsPrefix) {
        try {
            String text = Json31.mapper().writeValueAsString(jsonSchema)
                    .replace("\"#/$defs/", "\"#/components/schemas/" + defsPrefix + ".");
            return Json31.mapper().readValue(text, Schema.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return Json31.mapper().readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " for the OpenAPI document", e);
        }
    }

    /**
     * The problem answers an operation may give besides its success: 401 and 403 for every operation
     * behind a login, 404 where a path names a stored thing, 400 where a body or parameters are read.
     */
    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())))
                || method == PathItem.HttpMethod.POST;
        if (takesInput) {
            responses.putIfAbsent("400", problem("Invalid input: the problem names every bad field and says what is wrong"));
        }
        if (path.startsWith("/schemas/")) {
            responses.putIfAbsent("406", problem("The Accept header asks for neither JSON nor JSON Schema"));
        } else {
            responses.putIfAbsent("401", problem("Not signed in, or the credentials were refused"));
            responses.putIfAbsent("403", problem("The user's roles or units do not allow it"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("Nothing stored under that id, or not in the user's units"));
        }
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 7807 problem details as ProblemDetails writes them, with the bad fields of a refused request. */
    private static Schema<?> problemSchema() {
        return toSchema(Map.of(
                "type", "object",
                "description", "RFC 7807 problem details; an invalid request lists every bad field in errors",
                "properties", Map.of(
                        "type", Map.of("type", "string", "format", "uri"),
                        "title", Map.of("type", "string"),
                        "status", Map.of("type", "integer"),
                        "detail", Map.of("type", "string"),
                        "instance", Map.of("type", "string", "format", "uri"),
                        "errors", Map.of("type", "array", "description", "Every bad field: its JSON path and what is wrong",
                                "items", Map.of("type", "object", "properties", Map.of(
                                        "path", Map.of("type", "string"),
                                        "message", Map.of("type", "string")))),
                        "problems", Map.of("type", "array", "description", "A refused rule change: every problem with its file and line",
                                "items", Map.of("type", "object", "properties", Map.of(
                                        "file", Map.of("type", "string"),
                                        "line", Map.of("type", "integer"),
                                        "message", Map.of("type", "string")))))),
                PROBLEM);
    }

    /** A criterion's facts: named values, each a text, a number, a yes/no, a list or a dated parameter (request-and-result.md §3.5). */
    private static void typeFacts(OpenAPI api) {
        Schema<?> outcome = api.getComponents().getSchemas().get("CriterionOutcome");
        if (outcome == null || outcome.getProperties() == null || outcome.getProperties().get("facts") == null) {
            throw new IllegalStateException("the OpenAPI document has no CriterionOutcome.facts to describe");
        }
        api.getComponents().addSchemas("ParameterFact", toSchema(Map.of(
                "type", "object",
                "description", "A parameter of the rules as a fact: its name, the value in force, the date it applies from and its legal reference",
                "required", List.of("parameter", "value"),
                "properties", Map.of(
                        "parameter", Map.of("type", "string", "examples", List.of("LAO_DONG_TIEN_TIEN.newRecruitMinMonths")),
                        "value", Map.of("type", List.of("string", "number", "integer", "boolean")),
                        "since", Map.of("type", "string", "format", "date"),
                        "reference", Map.of("type", "string"))),
                PROBLEM));
        outcome.getProperties().put("facts", toSchema(Map.of(
                "type", "object",
                "description", "The facts the criterion used, by name (request-and-result.md §3.5): years, ratings, dates, ids, "
                        + "counts, shares, and each parameter of the rules as a ParameterFact; null when unknown",
                "additionalProperties", Map.of("oneOf", List.of(
                        Map.of("type", List.of("string", "number", "integer", "boolean", "null")),
                        Map.of("type", "array", "items", Map.of("oneOf", List.of(
                                Map.of("type", List.of("string", "number", "integer", "boolean")),
                                Map.of("type", "object", "description", "A record the criterion counted (a discipline, a contribution…)",
                                        "additionalProperties", Map.of("type", List.of("string", "number", "integer", "boolean", "null")))))),
                        Map.of("$ref", "#/components/schemas/ParameterFact")))),
                PROBLEM));
    }
}

package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.thidua.testing.DatabaseProfiles;

/**
 * Every endpoint the application maps, with the roles allowed to call it. The test fails on an
 * endpoint missing from the table, on any role let through that the table does not allow, and on
 * an allowed role refused. "Let through" means the security filters passed the request on: the
 * answer is neither 401, 403 nor a redirect to the login page.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RoleMatrixIntegrationTests {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, "SECRETARIAT", "POLICY", "AUDITOR", "COUNCIL", "ADMIN", "OVERSIGHT");
    private static final Set<String> LOGGED_IN = Set.of("SECRETARIAT", "POLICY", "AUDITOR", "COUNCIL", "ADMIN", "OVERSIGHT");

    private static final Map<String, Set<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/evaluations", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/evaluations/{id}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/evaluations/{id}/decisions", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/evaluations/{id}/rankings", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/evaluations/{id}/shares", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /api/schedules", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /api/schedules/from-evaluation/{runId}", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/schedules/{id}", Set.of("SECRETARIAT", "COUNCIL", "ADMIN")),
            Map.entry("GET /api/schedules/{id}/request", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("DELETE /api/schedules/{id}", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/audit/verify", Set.of("AUDITOR", "ADMIN")),
            Map.entry("POST /api/audit/replay/{runId}", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /api/audit/decisions", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /api/audit/accounts", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /api/audit/register/{id}", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /api/audit/register/{id}/request", Set.of("AUDITOR", "ADMIN")),
            Map.entry("POST /api/evaluations/{runId}/award-decisions", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/evaluations/{runId}/award-decisions", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/award-decisions/{id}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/award-decisions/{id}/decision.pdf", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/award-decisions/{id}/decision.docx", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /api/award-decisions/{id}/signature", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/register", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/register/{id}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /api/register/imports", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /api/register/{id}/revocation", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /api/rules/validate", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /api/rules/drafts", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /api/rules/impact-reports", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /api/rules/impact-reports", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /api/rules/impact-reports/{id}", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /api/rules/impact-reports/{id}/acknowledgement", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /api/rules/activations", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /api/rules/rollbacks", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /api/rules/versions", Set.of("POLICY", "AUDITOR", "ADMIN")),
            // The comment loop and supervision opinions over REST: read as on the pages, answered by the
            // secretariat, opinions filed by the Fatherland Front only.
            Map.entry("GET /api/evaluations/{runId}/public-lists", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/evaluations/{runId}/opinions", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/public-lists/{id}/comments", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/public-lists/{id}/comments/{commentId}", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("POST /api/public-lists/{id}/comments/{commentId}/answers", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/public-lists/{id}/opinions", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/public-lists/{id}/opinions/{opinionId}", Set.of("SECRETARIAT", "OVERSIGHT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("POST /api/public-lists/{id}/opinions", Set.of("OVERSIGHT")),
            Map.entry("POST /api/public-lists/{id}/opinions/{opinionId}/answers", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /login", EVERYONE),
            Map.entry("GET /", LOGGED_IN),
            Map.entry("GET /public", EVERYONE),
            Map.entry("GET /public/{id}", EVERYONE),
            Map.entry("POST /public/{id}/comments", EVERYONE),
            Map.entry("GET /schemas/request.schema.json", EVERYONE),
            Map.entry("GET /schemas/schedule-request.schema.json", EVERYONE),
            Map.entry("GET /runs", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /runs", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /runs/jobs/{id}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/decision", Set.of("SECRETARIAT", "AUDITOR", "COUNCIL", "ADMIN")),
            Map.entry("GET /runs/{id}/rankings", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/template.xlsx", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/results.xlsx", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/list.pdf", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /runs/{id}/public-lists", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /runs/{id}/lists/{listId}", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /runs/{id}/lists/{listId}/answers", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /runs/{id}/lists/{listId}/opinion-answers", Set.of("SECRETARIAT", "ADMIN")),
            // The Fatherland Front (OVERSIGHT) reads its units' lists, decisions and rankings and files
            // opinions; nothing else in this table lets it through, so it changes nothing else.
            Map.entry("GET /oversight", Set.of("OVERSIGHT", "ADMIN")),
            Map.entry("GET /oversight/lists/{id}", Set.of("OVERSIGHT", "ADMIN")),
            Map.entry("POST /oversight/lists/{id}/opinions", Set.of("OVERSIGHT")),
            Map.entry("GET /oversight/runs/{id}", Set.of("OVERSIGHT", "ADMIN")),
            Map.entry("GET /oversight/runs/{id}/decision", Set.of("OVERSIGHT", "ADMIN")),
            Map.entry("GET /runs/{id}/award-decisions", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /runs/{id}/award-decisions", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /runs/{id}/award-decisions/{decisionId}/signature", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /runs/{id}/award-decisions/{decisionId}/decision.pdf", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/award-decisions/{decisionId}/decision.docx", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /register", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /register/{id}/revocation", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /audit/register/{id}", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /admin/users", Set.of("ADMIN")),
            Map.entry("POST /admin/users", Set.of("ADMIN")),
            Map.entry("GET /admin/users/{username}", Set.of("ADMIN")),
            Map.entry("POST /admin/users/{username}", Set.of("ADMIN")),
            Map.entry("GET /policy/awards", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/awards/catalogue.md", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/validate", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/validate", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/changes", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/changes/reports/{id}", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/drafts", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/changes/editor", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/editor/files", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/editor/check", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/editor/discard", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /policy/changes/parameter", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/parameter/preview", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/parameter/draft", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/impact-reports", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/reports/{id}/acknowledgement", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/activations", Set.of("POLICY", "ADMIN")),
            Map.entry("POST /policy/changes/rollbacks", Set.of("POLICY", "ADMIN")),
            Map.entry("GET /audit", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /audit/chain", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /audit/accounts", Set.of("AUDITOR", "ADMIN")),
            Map.entry("POST /audit/replay/{runId}", Set.of("AUDITOR", "ADMIN")),
            Map.entry("GET /council", Set.of("COUNCIL", "ADMIN")),
            Map.entry("POST /api/council/runs/{runId}/sessions", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/ballot-sheet.xlsx", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/draft", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/schedule-sessions", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/sessions", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/results", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/runs/{runId}/dossiers", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/sessions/{id}", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /api/council/sessions/{id}/minutes.pdf", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /council/sessions", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /council/sessions/{id}", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /council/sessions/{id}/minutes.pdf", Set.of("SECRETARIAT", "COUNCIL", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/council", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("GET /runs/{id}/council/ballot-sheet.xlsx", Set.of("SECRETARIAT", "AUDITOR", "ADMIN")),
            Map.entry("POST /runs/{id}/council", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("POST /runs/{id}/council/ballot-sheet", Set.of("SECRETARIAT", "ADMIN")),
            Map.entry("GET /api/reports/focus-groups", Set.of("SECRETARIAT", "POLICY", "ADMIN")),
            Map.entry("GET /reports", Set.of("SECRETARIAT", "POLICY", "ADMIN")),
            Map.entry("GET /reports/report.xlsx", Set.of("SECRETARIAT", "POLICY", "ADMIN")),
            Map.entry("GET /reports/report.pdf", Set.of("SECRETARIAT", "POLICY", "ADMIN")),
            Map.entry("GET /reports/bieu-0603.xlsx", Set.of("SECRETARIAT", "POLICY", "ADMIN")),
            Map.entry("GET /v3/api-docs", LOGGED_IN),
            Map.entry("GET /v3/api-docs.yaml", LOGGED_IN),
            Map.entry("GET /v3/api-docs/swagger-config", LOGGED_IN),
            Map.entry("GET /swagger-ui.html", LOGGED_IN),
            Map.entry("GET /error", EVERYONE)));

    @Autowired
    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private Accounts accounts;

    @BeforeEach
    void usersOfEachRole() {
        for (Role role : Role.values()) {
            String name = "matrix-" + role.name().toLowerCase();
            if (accounts.find(name).isEmpty()) {
                accounts.create(new Account(name, name, true, EnumSet.of(role), Set.of("XA-DARSAL"), null), "matrix-password-1");
            }
        }
    }

    @Test
    void everyEndpointIsInTheTableAndOnlyItsRolesGetThrough() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                methods.forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        assertThat(mapped).as("endpoints missing from the role table").isSubsetOf(ALLOWED.keySet());

        List<String> wrong = new ArrayList<>();
        for (String endpoint : mapped) {
            for (String role : EVERYONE) {
                boolean through = letThrough(endpoint, role);
                boolean allowed = ALLOWED.get(endpoint).contains(role);
                if (through != allowed) {
                    wrong.add(endpoint + " as " + role + (through ? " let through" : " refused"));
                }
            }
        }
        assertThat(wrong).as("role matrix").isEmpty();
    }

    private boolean letThrough(String endpoint, String role) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{username}", "nobody").replace("{runId}", "999999").replace("{id}", "999999")
                .replace("{decisionId}", "999999").replace("{listId}", "999999")
                .replace("{commentId}", "999999").replace("{opinionId}", "999999");
        if (path.startsWith("/runs/jobs/")) {
            path = "/runs/jobs/no-such-job";
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
        if (!parts[0].equals("GET")) {
            request = request.with(csrf());
            if (path.startsWith("/api/")) {
                request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (!role.equals(ANONYMOUS)) {
            request = request.with(user("matrix-" + role.toLowerCase()).roles(role));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            // An exception out of a controller means the request got past the security filters.
            return true;
        }
        String location = response.getHeader("Location");
        return response.getStatus() != 401 && response.getStatus() != 403
                && !(response.getStatus() == 302 && location != null && location.contains("/login"));
    }
}

package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.thidua.ThiDuaApplication;
import vn.thidua.cli.CommandRun;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.HostileRequests;
import vn.thidua.testing.HostileRequests.Category;
import vn.thidua.testing.HostileRequests.Hostile;
import vn.thidua.testing.RunTables;

/**
 * Hundreds of malformed and hostile requests against the running application: every one is
 * answered 400 (413 over the size limit) with problem details listing each error's JSON path, never
 * a 5xx, and nothing is stored. The first of each category is also given to the command line, which
 * exits 2. The application is started once for all tries (jqwik has no Spring test support).
 */
class HostileRequestIntegrationTests {

    private static ConfigurableApplicationContext app;
    private static ApiClient api;
    private static RunTables tables;
    private static RunTables.Counts before;
    private static final Set<Category> ON_COMMAND_LINE = EnumSet.noneOf(Category.class);

    @BeforeContainer
    static void start() {
        List<String> args = new ArrayList<>();
        // The tests' database, and the test administrator ApiClient signs in as (application-admin.properties).
        args.add("--spring.profiles.active=" + DatabaseProfiles.active() + ",admin");
        args.add("--server.port=0");
        args.add("--spring.main.banner-mode=off");
        app = new SpringApplication(ThiDuaApplication.class).run(args.toArray(String[]::new));
        api = new ApiClient(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
        tables = new RunTables(app.getBean(JdbcTemplate.class));
        before = tables.counts();
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 300)
    void everyHostileRequestGetsProblemDetailsWithPathsAndStoresNothing(@ForAll("hostile") Hostile hostile) throws IOException {
        Statistics.collect(hostile.category());
        Statistics.coverage(coverage -> {
            for (Category category : Category.values()) {
                coverage.check(category).count(count -> count >= 5);
            }
        });

        ApiClient.Answer answer = api.post("/api/evaluations", hostile.body());

        assertThat(answer.status()).as("%s: %s", hostile, answer.body()).isIn(400, 413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode errors = answer.json().path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as(answer.body()).isTrue();
        for (JsonNode error : errors) {
            assertThat(error.has("path")).as(answer.body()).isTrue();
            assertThat(error.path("message").asString()).isNotBlank();
        }
        if (ON_COMMAND_LINE.add(hostile.category())) {
            Path file = Files.createTempFile("thidua-hostile-", ".json");
            try {
                Files.write(file, hostile.body());
                CommandRun run = CommandRun.of("evaluate", file.toString());
                assertThat(run.exitCode()).as("%s: %s", hostile, run.err()).isEqualTo(2);
                assertThat(run.err()).contains("nothing was stored");
                assertThat(run.out()).isEmpty();
            } finally {
                Files.deleteIfExists(file);
            }
        }
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        return HostileRequests.any();
    }
}

package vn.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's log layout (src/main/resources/logback-spring.xml), configured as Spring Boot
 * configures it: text by default, one JSON object per line with
 * {@code logging.structured.format.console}, both on stderr and both with the request and run ids.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogLayoutTests {

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @AfterEach
    void backToText() {
        configure(new MockEnvironment());
        MDC.clear();
    }

    @Test
    void writesOneJsonObjectPerLineWithTheIdsWhenStructured(CapturedOutput output) {
        configure(new MockEnvironment().withProperty("logging.structured.format.console", "ecs"));

        logRunStored();

        JsonNode line = JsonMapper.shared().readTree(output.getErr().lines().filter(l -> l.contains("run 7 stored"))
                .findFirst().orElseThrow());
        assertThat(line.path("message").asString()).isEqualTo("run 7 stored");
        assertThat(line.path("requestId").asString()).isEqualTo("req-1");
        assertThat(line.path("runId").asString()).isEqualTo("7");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(output.getOut()).doesNotContain("run 7 stored");
    }

    @Test
    void writesTextWithTheIdsByDefault(CapturedOutput output) {
        configure(new MockEnvironment());

        logRunStored();
        LoggerFactory.getLogger("vn.thidua.test").info("outside any request");

        assertThat(output.getErr()).contains("[req-1] [run 7] : run 7 stored")
                .containsPattern("vn\\.thidua\\.test : outside any request");
        assertThat(output.getOut()).doesNotContain("run 7 stored");
    }

    private void configure(MockEnvironment environment) {
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), "classpath:logback-spring.xml", null);
    }

    private static void logRunStored() {
        MDC.put("requestId", "req-1");
        MDC.put("runId", "7");
        try {
            LoggerFactory.getLogger("vn.thidua.test").info("run 7 stored");
        } finally {
            MDC.remove("requestId");
            MDC.remove("runId");
        }
    }
}

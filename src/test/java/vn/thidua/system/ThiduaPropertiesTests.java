package vn.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Every {@code thidua.*} property: its default, its name, and a bad value refused naming it. */
class ThiduaPropertiesTests {

    private static ThiduaProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("thidua", ThiduaProperties.class);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        ThiduaProperties properties = bind(Map.of());

        assertThat(properties.rules().dir()).isEqualTo(Path.of("rules"));
        assertThat(properties.rules().source()).isEqualTo("active");
        assertThat(properties.rules().followInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.imports().maxBytes()).isEqualTo(104_857_600L);
        assertThat(properties.imports().maxTextLength()).isEqualTo(10_000);
        assertThat(properties.engine().batchSize()).isEqualTo(256);
        assertThat(properties.engine().maxFiringsPerSubject()).isEqualTo(2000);
        assertThat(properties.engine().maxSecondsPerRun()).isEqualTo(300);
        assertThat(properties.engine().maxPerRun()).isEqualTo(Duration.ofSeconds(300));
        assertThat(properties.scheduling().seconds()).isEqualTo(30);
        assertThat(properties.scheduling().maxSolving()).isEqualTo(1);
        assertThat(properties.scheduling().maxJobs()).isEqualTo(16);
        assertThat(properties.admin().username()).isEqualTo("admin");
        assertThat(properties.admin().password()).isEmpty();
        assertThat(properties.jobs().instance()).isEmpty();
        assertThat(properties.jobs().pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.jobs().staleAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.jobs().heartbeat()).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.jobs().maxAttempts()).isEqualTo(2);
        assertThat(properties.jobs().keepEnded()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void oneGroupSetLeavesTheOthersAtTheirDefaults() {
        ThiduaProperties properties = bind(Map.of("thidua.import.max-bytes", "4096"));

        assertThat(properties.imports().maxBytes()).isEqualTo(4096);
        assertThat(properties.imports().maxTextLength()).isEqualTo(10_000);
        assertThat(properties).isEqualTo(new ThiduaProperties(bind(Map.of()).rules(), properties.imports(),
                bind(Map.of()).engine(), bind(Map.of()).scheduling(), bind(Map.of()).admin(), bind(Map.of()).login(),
                bind(Map.of()).jobs()));
    }

    static Stream<Arguments> everyProperty() {
        return Stream.of(
                property("thidua.rules.dir", "/srv/thidua/rules", p -> p.rules().dir(), Path.of("/srv/thidua/rules")),
                property("thidua.rules.source", "folder", p -> p.rules().source(), "folder"),
                property("thidua.rules.follow-interval", "PT1H", p -> p.rules().followInterval(), Duration.ofHours(1)),
                property("thidua.import.max-bytes", "2147483647", p -> p.imports().maxBytes(), 2_147_483_647L),
                property("thidua.import.max-text-length", "500", p -> p.imports().maxTextLength(), 500),
                property("thidua.engine.batch-size", "8", p -> p.engine().batchSize(), 8),
                property("thidua.engine.max-firings-per-subject", "20", p -> p.engine().maxFiringsPerSubject(), 20),
                property("thidua.engine.max-seconds-per-run", "600", p -> p.engine().maxPerRun(), Duration.ofMinutes(10)),
                property("thidua.engine.max-seconds-per-run", "7", p -> p.engine().maxSecondsPerRun(), 7L),
                property("thidua.scheduling.seconds", "2", p -> p.scheduling().seconds(), 2),
                property("thidua.scheduling.max-solving", "3", p -> p.scheduling().maxSolving(), 3),
                property("thidua.scheduling.max-jobs", "4", p -> p.scheduling().maxJobs(), 4),
                property("thidua.admin.username", "test-admin", p -> p.admin().username(), "test-admin"),
                property("thidua.admin.password", "admin-passphrase-2026", p -> p.admin().password(), "admin-passphrase-2026"),
                property("thidua.login.window", "PT1M", p -> p.login().window(), Duration.ofMinutes(1)),
                property("thidua.login.slow-after", "1", p -> p.login().slowAfter(), 1),
                property("thidua.login.lock-user-after", "2", p -> p.login().lockUserAfter(), 2),
                property("thidua.login.lock-address-after", "9", p -> p.login().lockAddressAfter(), 9),
                property("thidua.jobs.instance", "node-2", p -> p.jobs().instance(), "node-2"),
                property("thidua.jobs.poll-interval", "PT5S", p -> p.jobs().pollInterval(), Duration.ofSeconds(5)),
                property("thidua.jobs.stale-after", "PT3M", p -> p.jobs().staleAfter(), Duration.ofMinutes(3)),
                property("thidua.jobs.max-attempts", "1", p -> p.jobs().maxAttempts(), 1),
                property("thidua.jobs.keep-ended", "P7D", p -> p.jobs().keepEnded(), Duration.ofDays(7)));
    }

    private static Arguments property(String name, String value, Function<ThiduaProperties, Object> field, Object expected) {
        return Arguments.of(name, value, field, expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("everyProperty")
    void eachPropertyOverridesItsDefaultUnderItsName(String name, String value, Function<ThiduaProperties, Object> field,
            Object expected) {
        assertThat(field.apply(bind(Map.of(name, value)))).isEqualTo(expected);
        assertThat(field.apply(bind(Map.of()))).isNotEqualTo(expected);
    }

    @Test
    void theAdministratorsPasswordFromTheEnvironment() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("THIDUA_ADMIN_PASSWORD", "from-the-environment")));

        ThiduaProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("thidua", ThiduaProperties.class);

        assertThat(properties.admin().password()).isEqualTo("from-the-environment");
        assertThat(properties.admin().username()).isEqualTo("admin");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            thidua.import.max-bytes                | -1     | thidua.import.max-bytes must be positive, was -1
            thidua.import.max-text-length          | 0      | thidua.import.max-text-length must be positive, was 0
            thidua.engine.batch-size               | 0      | thidua.engine.batch-size must be positive, was 0
            thidua.engine.max-firings-per-subject  | -5     | thidua.engine.max-firings-per-subject must be positive, was -5
            thidua.engine.max-seconds-per-run      | 0      | thidua.engine.max-seconds-per-run must be positive, was 0
            thidua.scheduling.seconds              | 0      | thidua.scheduling.seconds must be positive, was 0
            thidua.scheduling.max-solving          | 0      | thidua.scheduling.max-solving must be positive, was 0
            thidua.scheduling.max-jobs             | -1     | thidua.scheduling.max-jobs must be positive, was -1
            thidua.rules.source                    | remote | thidua.rules.source must be active or folder, was remote
            thidua.rules.follow-interval           | PT0S   | thidua.rules.follow-interval must be positive, was PT0S
            thidua.admin.username                  | ' '    | thidua.admin.username must not be blank, was " "
            thidua.jobs.poll-interval              | PT0S   | thidua.jobs.poll-interval must be positive, was PT0S
            thidua.jobs.max-attempts               | 0      | thidua.jobs.max-attempts must be positive, was 0
            thidua.jobs.stale-after                | PT2S   | thidua.jobs.stale-after (PT2S) must be at least three times thidua.jobs.poll-interval (PT1S)
            """)
    void aBadValueIsRefusedNamingTheProperty(String name, String value, String message) {
        assertThatThrownBy(() -> bind(Map.of(name, value))).isInstanceOf(BindException.class).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("thidua.import.max-bytes", "lots"))).isInstanceOf(BindException.class)
                .hasMessageContaining("thidua.import.max-bytes");
    }

    @EnableConfigurationProperties(ThiduaProperties.class)
    @Configuration(proxyBeanMethods = false)
    static class Enabled {
    }

    @Test
    void theApplicationDoesNotStartWithABadValue() {
        new ApplicationContextRunner().withUserConfiguration(Enabled.class).withPropertyValues("thidua.engine.batch-size=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("thidua.engine.batch-size must be positive, was 0"));
        // The build sets thidua.rules.cache-dir as a system property (pom.xml), which the context reads too.
        String cacheDir = System.getProperty("thidua.rules.cache-dir");
        new ApplicationContextRunner().withUserConfiguration(Enabled.class)
                .run(context -> assertThat(context.getBean(ThiduaProperties.class))
                        .isEqualTo(bind(cacheDir == null ? Map.of() : Map.of("thidua.rules.cache-dir", cacheDir))));
    }
}

package vn.thidua.eligibility;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/** Loads the rules folder once at start; a broken or empty folder stops the start, naming file and line. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    RuleSetLoader ruleSetLoader(Clock clock) {
        return new RuleSetLoader(clock);
    }

    @Bean
    RuleSetRegistry ruleSetRegistry(RuleSetLoader loader, @Value("${thidua.rules.dir:rules}") Path rulesDir) {
        return new RuleSetRegistry(loader.load(rulesDir));
    }

    @Bean
    RuleEngine ruleEngine(@Value("${thidua.engine.batch-size:256}") int batchSize,
            @Value("${thidua.engine.max-firings-per-subject:2000}") int maxFirings,
            @Value("${thidua.engine.max-seconds-per-run:300}") long maxSeconds) {
        return new RuleEngine(batchSize, maxFirings, Duration.ofSeconds(maxSeconds));
    }
}

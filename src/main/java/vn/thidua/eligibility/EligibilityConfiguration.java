package vn.thidua.eligibility;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.system.ThiduaProperties;

/** Loads the rules folder once at start; a broken or empty folder stops the start, naming file and line. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    RuleSetLoader ruleSetLoader(Clock clock) {
        return new RuleSetLoader(clock);
    }

    @Bean
    RuleSetRegistry ruleSetRegistry(RuleSetLoader loader, ThiduaProperties properties) {
        return new RuleSetRegistry(loader.load(properties.rules().dir()));
    }

    @Bean
    RuleEngine ruleEngine(ThiduaProperties properties) {
        return RuleEngine.of(properties.engine());
    }
}

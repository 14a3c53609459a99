package vn.thidua.eligibility;

import java.time.Clock;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.system.ThiduaProperties;

/**
 * Loads the rules folder once at start, in a thread of its own while the rest of the application
 * starts; the start waits for it before serving (a broken or empty folder stops the start, naming
 * file and line). Compiled rule files are kept in {@code thidua.rules.cache-dir}.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    CompiledRules compiledRules(ThiduaProperties properties) {
        return CompiledRules.shared(properties.rules().cacheFolder());
    }

    @Bean
    RuleSetLoader ruleSetLoader(Clock clock, CompiledRules compiledRules) {
        return new RuleSetLoader(clock, compiledRules);
    }

    @Bean
    RuleSetRegistry ruleSetRegistry(RuleSetLoader loader, ThiduaProperties properties) {
        return RuleSetRegistry.loading(() -> loader.load(properties.rules().dir()));
    }

    /** The start fails here, before the server accepts requests, when the rules folder does not load. */
    @Bean
    SmartInitializingSingleton ruleSetLoaded(RuleSetRegistry registry) {
        return registry::active;
    }

    @Bean
    RuleEngine ruleEngine(ThiduaProperties properties) {
        return RuleEngine.of(properties.engine());
    }
}

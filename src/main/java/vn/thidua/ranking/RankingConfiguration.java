package vn.thidua.ranking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eligibility.engine.RuleSetRegistry;

/** Reads the ranking policy of the rule set loaded at start; a missing or broken policy stops the start, naming file and line. */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    @Bean
    Rankers rankers(RuleSetRegistry registry) {
        return new Rankers(registry.active());
    }
}

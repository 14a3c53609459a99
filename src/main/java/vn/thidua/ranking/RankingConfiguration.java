package vn.thidua.ranking;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eligibility.engine.RuleSetRegistry;

/** Reads the ranking policy of the rule set loaded at start; a missing or broken policy stops the start, naming file and line. */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    @Bean
    Rankers rankers() {
        return new Rankers();
    }

    /** Reads the policy once the rule set has loaded (it loads beside the rest of the start), before serving. */
    @Bean
    SmartInitializingSingleton rankingPolicyRead(Rankers rankers, RuleSetRegistry registry) {
        return () -> rankers.forRuleSet(registry.active());
    }
}

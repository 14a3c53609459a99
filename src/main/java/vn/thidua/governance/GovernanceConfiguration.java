package vn.thidua.governance;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the timer with which a process follows activations made by other processes. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GovernanceConfiguration {
}

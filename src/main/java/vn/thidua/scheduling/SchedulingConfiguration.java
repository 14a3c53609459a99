package vn.thidua.scheduling;

import java.time.Duration;

import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.scheduling.solver.CouncilSolver;
import vn.thidua.system.ThiduaProperties;

/**
 * The solver by hand: OptaPlanner's Spring Boot starter does not run on Boot 4. One solver manager
 * for the API's background solves, made when the first one is asked for and closed with the context;
 * its time limit and parallelism are properties.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    SchedulingRequestReader schedulingRequestReader(ThiduaProperties properties) {
        return new SchedulingRequestReader(properties.imports().maxBytes(), properties.imports().maxTextLength());
    }

    @Bean
    ScheduleSolver scheduleSolver() {
        return new ScheduleSolver();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SolverManager<CouncilSchedule, Long> scheduleSolverManager(ThiduaProperties properties) {
        return CouncilSolver.manager(Duration.ofSeconds(properties.scheduling().seconds()), properties.scheduling().maxSolving());
    }
}

package vn.thidua.scheduling;

import java.time.Duration;

import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.scheduling.solver.CouncilSchedule;
import vn.thidua.scheduling.solver.CouncilSolver;

/**
 * The solver by hand: OptaPlanner's Spring Boot starter does not run on Boot 4. One solver manager
 * for the API's background solves, closed with the context; its time limit and parallelism are
 * properties.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    SchedulingRequestReader schedulingRequestReader(@Value("${thidua.import.max-bytes:104857600}") long maxBytes,
            @Value("${thidua.import.max-text-length:10000}") int maxTextLength) {
        return new SchedulingRequestReader(maxBytes, maxTextLength);
    }

    @Bean
    ScheduleSolver scheduleSolver() {
        return new ScheduleSolver();
    }

    @Bean(destroyMethod = "close")
    SolverManager<CouncilSchedule, Long> scheduleSolverManager(@Value("${thidua.scheduling.seconds:30}") int seconds,
            @Value("${thidua.scheduling.max-solving:1}") int maxSolving) {
        return CouncilSolver.manager(Duration.ofSeconds(seconds), maxSolving);
    }
}

package vn.thidua.eligibility.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/** The rule files cannot be loaded: they do not compile, break the house rules, or are missing. */
@NamedInterface("engine")
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super("The rule set cannot be loaded:\n  " + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

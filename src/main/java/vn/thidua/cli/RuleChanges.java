package vn.thidua.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.governance.RuleChangeException;

/** What the rule-change commands share: a context on the database, JSON on stdout, refusals on stderr. */
final class RuleChanges {

    interface Change {
        Object run(ConfigurableApplicationContext context) throws Exception;
    }

    private RuleChanges() {
    }

    /** Runs a change and prints its result as JSON; a refused change prints why and exits 1 (2 for a missing name or reason). */
    static int run(Commands parent, String command, Change change) {
        return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
            Object result;
            try {
                result = change.run(context);
            } catch (RuleChangeException e) {
                parent.err.println(command + ": refused: " + e.getMessage());
                e.problems().forEach(problem -> parent.err.println("  " + problem));
                return e.reason() == RuleChangeException.Reason.INVALID ? ExitCodes.INVALID_INPUT : ExitCodes.FAILURE;
            }
            print(parent, context, result);
            return ExitCodes.OK;
        });
    }

    static void print(Commands parent, ConfigurableApplicationContext context, Object result) {
        parent.out.println(context.getBean(JsonMapper.class).writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        parent.out.flush();
    }

    static String lines(List<String> problems) {
        return String.join(System.lineSeparator() + "  ", problems);
    }
}

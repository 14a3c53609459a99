package vn.thidua.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.thidua.ThiDuaApplication;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSetException;

/** Starts the application without a web server for one command, and maps start-up failures to exit codes. */
final class ApplicationContexts {

    interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private ApplicationContexts() {
    }

    static int withContext(Path rules, List<String> springArgs, PrintStream err, Work work) {
        List<String> args = new ArrayList<>(springArgs);
        if (rules != null) {
            args.add("--thidua.rules.dir=" + rules);
            // A folder named on the command line is tried out as it is, not the recorded active version.
            args.add("--thidua.rules.source=folder");
        }
        args.add("--spring.main.log-startup-info=false");
        args.add("--logging.level.root=WARN");
        // Start-up failures are reported below in a few lines; Spring's own report would bury them.
        args.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        args.add("--logging.level.org.springframework.boot.diagnostics=OFF");
        args.add("--logging.level.org.springframework.context=ERROR");
        // Drools logs each compile error once more, as one block; the problems are listed below by file and line.
        args.add("--logging.level.org.drools.compiler.kie.builder.impl.KieProject=OFF");
        args.add("--logging.level.org.flywaydb=ERROR");
        SpringApplication application = new SpringApplication(ThiDuaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            RuleSetException broken = cause(e, RuleSetException.class);
            if (broken != null) {
                err.println("The rule files cannot be loaded:");
                for (RuleProblem problem : broken.problems()) {
                    err.println("  " + problem);
                }
                return ExitCodes.RULES_BROKEN;
            }
            err.println("thidua could not start: " + rootMessage(e));
            return ExitCodes.FAILURE;
        }
        try (context) {
            return work.run(context);
        } catch (Exception e) {
            err.println("thidua: " + rootMessage(e));
            return ExitCodes.FAILURE;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

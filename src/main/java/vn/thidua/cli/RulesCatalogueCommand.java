package vn.thidua.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.thidua.eligibility.engine.RuleCatalogue;
import vn.thidua.eligibility.engine.RuleCatalogueMarkdown;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetException;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * {@code rules catalogue [DIR] [--out FILE] [--lang vi|en]}: the catalogue of a rules folder as
 * Markdown, the same text as the policy page's download. Loads the folder without an application
 * context, like {@code rules validate}: exit 3 with every problem's file and line when it does not
 * load, 1 when the output cannot be written (checked before loading: nothing is written then).
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Writes the catalogue of a rules folder as Markdown: each award's criteria with citations, "
                + "parameter values by date with references, the value in force today, and legal review status.")
final class RulesCatalogueCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the rules folder (default: rules)")
    private Path dir = Path.of("rules");

    @Option(names = "--out", paramLabel = "FILE", description = "write the Markdown here instead of stdout")
    private Path output;

    @Option(names = "--lang", paramLabel = "vi|en", description = "the language of the catalogue (default: vi)")
    private String language = "vi";

    @Override
    public Integer call() {
        Commands parent = rules.parent;
        if (!language.equals("vi") && !language.equals("en")) {
            parent.err.println("rules catalogue: --lang must be vi or en, not " + language);
            return ExitCodes.INVALID_INPUT;
        }
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                parent.err.println("rules catalogue: cannot write " + output + ": the folder " + folder + " does not exist");
                return ExitCodes.FAILURE;
            }
            if (Files.isDirectory(output)) {
                parent.err.println("rules catalogue: cannot write " + output + ": it is a folder");
                return ExitCodes.FAILURE;
            }
        }
        Clock clock = Clock.system(RuleCatalogue.ZONE);
        RuleSet ruleSet;
        try {
            ruleSet = new RuleSetLoader(clock, Commands.compiledRules()).load(dir);
        } catch (RuleSetException e) {
            parent.err.println("rules catalogue: " + dir + " has " + e.problems().size() + " problems:");
            e.problems().forEach(problem -> parent.err.println("  " + problem));
            return ExitCodes.RULES_BROKEN;
        }
        RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, clock);
        Locale locale = Locale.forLanguageTag(language);
        // The awards' names of the folder's awards.yaml, as the pages name them from the active rule set's.
        byte[] markdown = RuleCatalogueMarkdown.render(catalogue, locale, code -> ruleSet.awards().name(code, locale))
                .getBytes(StandardCharsets.UTF_8);
        if (output == null) {
            parent.out.write(markdown, 0, markdown.length);
            parent.out.flush();
        } else {
            try {
                Files.write(output, markdown);
            } catch (IOException e) {
                parent.err.println("rules catalogue: cannot write " + output + ": " + Problems.describe(e));
                return ExitCodes.FAILURE;
            }
            long criteria = catalogue.common().size()
                    + catalogue.awards().stream().mapToLong(a -> a.criteria().size()).sum();
            long parameters = catalogue.awards().stream().mapToLong(a -> a.parameters().size()).sum();
            parent.err.println("rules catalogue: wrote " + output + ": " + catalogue.awards().size() + " awards, "
                    + criteria + " criteria, " + parameters + " parameters, rule set " + catalogue.version());
        }
        return ExitCodes.OK;
    }
}

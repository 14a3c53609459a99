package vn.thidua.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.ranking.Ranker;

/** Sample requests evaluated and ranked with the real rules, once per test JVM. */
final class EvaluatedCommunes {

    record Evaluated(EvaluationRequest request, Evaluation evaluation) {
    }

    private static final RequestReader READER = new RequestReader(104_857_600, 10_000, Clock.systemUTC());
    private static RuleSet ruleSet;
    private static final Map<String, Evaluated> DONE = new HashMap<>();

    private EvaluatedCommunes() {
    }

    /** The rule set the samples are evaluated with: the real rules folder. */
    static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        }
        return ruleSet;
    }

    /** A registry whose active rule set is {@link #ruleSet()}, as documents take it. */
    static RuleSetRegistry registry() {
        return new RuleSetRegistry(ruleSet());
    }

    static synchronized Evaluated of(String file) {
        return DONE.computeIfAbsent(file, f -> {
            try {
                RuleSet ruleSet = ruleSet();
                EvaluationRequest request = READER.read(Files.newInputStream(Path.of(f)));
                RuleEngine.Output output = new RuleEngine(256, 2000).evaluate(ruleSet, request);
                Evaluation evaluation = new Evaluation(1, 7L, new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()),
                        request.period(), output.decisions(), java.util.List.of(), output.warnings())
                        .withRankings(Ranker.of(ruleSet).rank(request, output.decisions()));
                return new Evaluated(request, evaluation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package vn.thidua.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.RequestFile;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.EvaluationInParts;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.ranking.PlannedQuota;
import vn.thidua.ranking.Ranker;
import vn.thidua.ranking.Ranking;
import vn.thidua.system.Progress;

/**
 * Evaluates a checked request file too large to hold in memory and writes the evaluation result
 * (docs/request-and-result.md §3) as it goes, with Jackson's streaming generator: the same decisions,
 * rankings and warnings, in the same order, as an evaluation of the whole request in memory. Only
 * a batch of subjects and its decisions are in memory at a time, besides the request's outline
 * (units, collectives, quotas), a small record per collective member, and what the rankings read
 * (spilled to disk unit by unit, see {@link RankingSpill}). Nothing is stored in the database.
 */
public final class BulkEvaluation {

    /** What a bulk evaluation wrote. */
    public record Summary(long subjects, long decisions, int rankings, int warnings, String ruleSetVersion) {
    }

    private static final int BATCH = 512;

    private final EligibilityService eligibility;
    private final JsonMapper json;
    private final Consumer<String> checkpoint;
    private final Progress progress;

    public BulkEvaluation(EligibilityService eligibility, JsonMapper json) {
        this(eligibility, json, phase -> { });
    }

    public BulkEvaluation(EligibilityService eligibility, JsonMapper json, Consumer<String> checkpoint) {
        this(eligibility, json, checkpoint, Progress.NONE);
    }

    /**
     * @param checkpoint told when the evaluation holds the most it will hold in a phase ("decided":
     *        every decision written; "ranking": a quota's units read back), for measuring memory
     * @param progress told of the subjects evaluated
     */
    public BulkEvaluation(EligibilityService eligibility, JsonMapper json, Consumer<String> checkpoint, Progress progress) {
        this.eligibility = eligibility;
        this.json = json;
        this.checkpoint = checkpoint;
        this.progress = progress;
    }

    /**
     * Evaluates the file under the rule set and writes the result to {@code out} (not closed).
     *
     * @param outline what {@link RequestFile#check} returned for the file
     */
    public Summary evaluate(RequestFile file, RequestFile.Outline outline, RuleSet ruleSet, OutputStream out) {
        EvaluationRequest request = outline.request();
        Ranker ranker = Ranker.of(ruleSet);
        Path folder = temporaryFolder();
        try (JsonGenerator generator = json.createGenerator(out);
                RankingSpill spill = new RankingSpill(folder, json, ranker.awardsRead(request.quotas()))) {
            generator.writeStartObject();
            generator.writeNumberProperty("schemaVersion", 1);
            generator.writePOJOProperty("ruleSet", new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()));
            generator.writePOJOProperty("period", request.period());
            generator.writeArrayPropertyStart("decisions");
            Written written = new Written(generator, spill);
            long subjects = outline.individuals() + request.collectives().size() + outline.households();
            List<EligibilityDecision> collectiveDecisions = new ArrayList<>();
            List<Warning> warnings = decide(file, request, ruleSet, subjects, written, spill, collectiveDecisions);
            generator.writeEndArray();
            checkpoint.accept("decided");
            generator.writeArrayPropertyStart("rankings");
            int rankings = 0;
            for (PlannedQuota quota : ranker.plan(request, (award, unit) -> hasDecisions(spill, collectiveDecisions, request, unit, award))) {
                generator.writePOJO(rank(ranker, spill, request, collectiveDecisions, quota));
                rankings++;
            }
            generator.writeEndArray();
            generator.writePOJOProperty("warnings", warnings);
            generator.writeEndObject();
            generator.flush();
            return new Summary(subjects, written.count, rankings, warnings.size(), ruleSet.version());
        } finally {
            delete(folder);
        }
    }

    /**
     * Evaluates every subject, writing each decision and spilling what rankings read; returns the
     * run's warnings. In a method of its own so that what only evaluation needs (a record per
     * collective member) is garbage before the rankings read their units back.
     */
    private List<Warning> decide(RequestFile file, EvaluationRequest request, RuleSet ruleSet, long subjects, Written written,
            RankingSpill spill, List<EligibilityDecision> collectiveDecisions) {
        EvaluationInParts evaluating = eligibility.start(ruleSet, request.period(), request.units(), request.collectives(),
                subjects);
        try (Progress.Task task = progress.start("evaluate", subjects)) {
            inBatches(file::individuals, batch -> {
                evaluating.individuals(batch, written);
                batch.forEach(person -> spill.individual(person, written.forRanking(person.id())));
                task.stepBy(batch.size());
            });
            evaluating.collectives(request.collectives(), written);
            request.collectives().forEach(c -> collectiveDecisions.addAll(written.forRanking(c.id())));
            task.stepBy(request.collectives().size());
            inBatches(file::households, batch -> {
                evaluating.households(batch, written);
                batch.forEach(household -> spill.household(household, written.forRanking(household.id())));
                task.stepBy(batch.size());
            });
        }
        return evaluating.finish();
    }

    /** One quota, over the subjects of the units it covers. */
    private Ranking rank(Ranker ranker, RankingSpill spill, EvaluationRequest request, List<EligibilityDecision> collectiveDecisions,
            PlannedQuota quota) {
        Set<String> units = Ranker.covered(request.units(), quota.quota().unit());
        List<Individual> individuals = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        List<EligibilityDecision> decisions = new ArrayList<>();
        List<EligibilityDecision> householdDecisions = new ArrayList<>();
        for (RankingSpill.Spilled spilled : spill.read(units)) {
            if (spilled.individual() != null) {
                individuals.add(spilled.individual());
                decisions.addAll(spilled.decisions());
            } else {
                households.add(spilled.household());
                householdDecisions.addAll(spilled.decisions());
            }
        }
        // In the order of an evaluation in memory: individuals, collectives, households.
        List<Collective> collectives = request.collectives().stream().filter(c -> units.contains(c.unit())).toList();
        Set<String> collectiveIds = new HashSet<>(collectives.stream().map(Collective::id).toList());
        collectiveDecisions.stream().filter(d -> collectiveIds.contains(d.subjectId())).forEach(decisions::add);
        decisions.addAll(householdDecisions);
        EvaluationRequest part = new EvaluationRequest(request.schemaVersion(), request.period(), request.units(), individuals,
                collectives, households, List.of(quota.quota()));
        checkpoint.accept("ranking");
        return ranker.rankPart(part, decisions, quota);
    }

    private static boolean hasDecisions(RankingSpill spill, List<EligibilityDecision> collectiveDecisions, EvaluationRequest request,
            String unit, AwardCode award) {
        Set<String> units = Ranker.covered(request.units(), unit);
        if (spill.hasDecisions(units, award)) {
            return true;
        }
        Map<String, String> unitOf = new HashMap<>();
        request.collectives().forEach(c -> unitOf.put(c.id(), c.unit()));
        return collectiveDecisions.stream().anyMatch(d -> d.award() == award && units.contains(unitOf.get(d.subjectId())));
    }

    private static <T> void inBatches(Consumer<Consumer<T>> source, Consumer<List<T>> action) {
        List<T> batch = new ArrayList<>(BATCH);
        source.accept(subject -> {
            batch.add(subject);
            if (batch.size() == BATCH) {
                action.accept(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            action.accept(batch);
        }
    }

    /**
     * Writes each decision as it comes, and keeps, until the subject is spilled, the decisions a
     * quota reads, without their criteria and warnings (a ranking reads the outcome, and what is
     * missing to explain an entry it cannot rank).
     */
    private static final class Written implements Consumer<EligibilityDecision> {
        private final JsonGenerator generator;
        private final RankingSpill spill;
        private final Map<String, List<EligibilityDecision>> forRanking = new LinkedHashMap<>();
        long count;

        Written(JsonGenerator generator, RankingSpill spill) {
            this.generator = generator;
            this.spill = spill;
        }

        @Override
        public void accept(EligibilityDecision decision) {
            generator.writePOJO(decision);
            count++;
            if (spill.reads(decision.award())) {
                forRanking.computeIfAbsent(decision.subjectId(), id -> new ArrayList<>()).add(new EligibilityDecision(
                        decision.subjectId(), decision.subjectKind(), decision.award(), decision.outcome(),
                        decision.requiresCouncilJudgement(), List.of(), decision.missing(), List.of(), null));
            }
        }

        /** The kept decisions of a subject, now taken away. */
        List<EligibilityDecision> forRanking(String subjectId) {
            List<EligibilityDecision> kept = forRanking.remove(subjectId);
            return kept == null ? List.of() : kept;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("thidua-bulk-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the rankings", e);
        }
    }

    private static void delete(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}

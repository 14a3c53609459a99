package vn.thidua.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.MemberSummary;
import vn.thidua.dossier.RequestFile;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.EvaluationInParts;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.history.AwardRegister;
import vn.thidua.history.CompletedRequest;
import vn.thidua.history.RegisteredAward;
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
    public record Summary(long subjects, long decisions, int rankings, int warnings, String ruleSetVersion, Long runId) {
    }

    /**
     * Where a stored evaluation puts what it decides, as it decides it (EvaluationRuns: the run being stored, in its
     * transaction); {@link #NONE} for an evaluation that only writes its result.
     */
    public interface Sink {

        Sink NONE = new Sink() { };

        /** The id of the run being stored, written into the result; null when nothing is stored. */
        default Long runId() {
            return null;
        }

        /**
         * Decisions in the order decided, of the subjects of {@code part} (individuals, collectives or households,
         * as completed from the register), given once per part of the request, also when it decided nothing.
         */
        default void decided(List<EligibilityDecision> decisions, EvaluationRequest part) {
        }

        /**
         * Decisions in the order decided of subjects of {@code part}, given before the part's last ones when the part
         * decides many (all the collectives are one part): {@link #decided} follows with the rest.
         */
        default void decidedSoFar(List<EligibilityDecision> decisions, EvaluationRequest part) {
        }

        /** A ranking, in the order of the result. */
        default void ranked(Ranking ranking) {
        }

        /** The run's warnings and everything read from the register (empty: nothing), once the result is complete. */
        default void finished(List<Warning> warnings, List<RegisteredAward> read) {
        }
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
        return evaluate(file, outline, ruleSet, out, CompletedRequest::unchanged, Sink.NONE);
    }

    /**
     * Evaluates the file as {@link #evaluate(RequestFile, RequestFile.Outline, RuleSet, OutputStream)} does, each part
     * of its subjects first completed by {@code completion} (from the register, request-and-result.md §6.6) and what
     * it decides and ranks also given to {@code sink}.
     */
    public Summary evaluate(RequestFile file, RequestFile.Outline outline, RuleSet ruleSet, OutputStream out,
            Function<EvaluationRequest, CompletedRequest> completion, Sink sink) {
        EvaluationRequest request = outline.request();
        Ranker ranker = Ranker.of(ruleSet);
        Path folder = temporaryFolder();
        try (JsonGenerator generator = json.createGenerator(out);
                RankingSpill spill = new RankingSpill(folder, json, ranker.awardsRead(request.quotas()))) {
            generator.writeStartObject();
            generator.writeNumberProperty("schemaVersion", 1);
            if (sink.runId() != null) {
                generator.writeNumberProperty("runId", sink.runId());
            }
            generator.writePOJOProperty("ruleSet", sink.runId() == null ? new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt())
                    : stored(ruleSet));
            generator.writePOJOProperty("period", request.period());
            generator.writeArrayPropertyStart("decisions");
            Written written = new Written(generator, spill, sink);
            long subjects = outline.individuals() + request.collectives().size() + outline.households();
            List<EligibilityDecision> collectiveDecisions = new ArrayList<>();
            Register register = new Register(completion);
            List<Warning> warnings = decide(file, request, ruleSet, subjects, written, spill, collectiveDecisions, register, sink);
            generator.writeEndArray();
            checkpoint.accept("decided");
            generator.writeArrayPropertyStart("rankings");
            int rankings = 0;
            // Ranked as in memory: over the subjects as completed from the register, each collective with what its
            // members' genders say (70 % women), whether or not its members were spilled for a quota.
            EvaluationRequest completed = request.withCollectives(register.collectives);
            for (PlannedQuota quota : ranker.plan(completed, (award, unit) -> hasDecisions(spill, collectiveDecisions, completed, unit, award))) {
                Ranking ranking = rank(ranker, spill, completed, collectiveDecisions, quota);
                generator.writePOJO(ranking);
                sink.ranked(ranking);
                rankings++;
            }
            generator.writeEndArray();
            // The last quota's subjects, kept for the next quota of the same units, are not needed to finish the run.
            spill.close();
            generator.writePOJOProperty("warnings", warnings);
            // In the register's order, as a run read whole reads it in one go (AwardRegister#history).
            register.read.sort(AwardRegister.ORDER);
            sink.finished(warnings, register.read);
            generator.writeEndObject();
            generator.flush();
            return new Summary(subjects, written.count, rankings, warnings.size(), ruleSet.version(), sink.runId());
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
            RankingSpill spill, List<EligibilityDecision> collectiveDecisions, Register register, Sink sink) {
        EvaluationInParts evaluating = eligibility.start(ruleSet, request.period(), request.units(), request.collectives(),
                subjects);
        Map<String, Object> memberGenders = new HashMap<>();
        request.collectives().stream().filter(c -> c.members() != null).forEach(c -> c.members().forEach(m -> memberGenders.put(m, UNSEEN)));
        try (Progress.Task task = progress.start("evaluate", subjects)) {
            inBatches(file::individuals, batch -> {
                EvaluationRequest part = register.complete(request.part(batch, List.of(), List.of()), written);
                for (Individual person : part.individuals()) {
                    memberGenders.computeIfPresent(person.id(), (id, g) -> person.gender() == null ? UNKNOWN : person.gender());
                }
                written.part = part;
                evaluating.individuals(part.individuals(), written);
                part.individuals().forEach(person -> spill.individual(person, written.forRanking(person.id())));
                sink.decided(written.decided(register), part);
                task.stepBy(batch.size());
            });
            EvaluationRequest collectives = register.complete(request.part(List.of(), request.collectives(), List.of()), written);
            register.collectives = collectives.collectives().stream().map(c -> counted(c, memberGenders)).toList();
            memberGenders.clear();
            written.part = collectives;
            evaluating.collectives(collectives.collectives(), written);
            collectives.collectives().forEach(c -> collectiveDecisions.addAll(written.forRanking(c.id())));
            sink.decided(written.decided(register), collectives);
            task.stepBy(request.collectives().size());
            inBatches(file::households, batch -> {
                EvaluationRequest part = register.complete(request.part(List.of(), List.of(), batch), written);
                written.part = part;
                evaluating.households(part.households(), written);
                part.households().forEach(household -> spill.household(household, written.forRanking(household.id())));
                sink.decided(written.decided(register), part);
                task.stepBy(batch.size());
            });
        }
        // As in memory (CompletedRequest#annotate): the register's warnings of a subject without decisions are the run's.
        List<Warning> warnings = new ArrayList<>(evaluating.finish());
        warnings.addAll(register.undecided);
        return warnings;
    }

    private static final Object UNSEEN = new Object();
    private static final Object UNKNOWN = new Object();

    /**
     * A collective as ranking reads it when its members are not all at hand: its member list replaced by their count and
     * number of women (no summary when a member is missing or of unknown gender), which give it the same priority groups
     * as its members would in a ranking of the whole request (ranking's Subjects: 70 % women).
     */
    private static Collective counted(Collective c, Map<String, Object> genders) {
        if (c.members() == null) {
            return c;
        }
        MemberSummary summary = null;
        if (!c.members().isEmpty() && c.members().stream().allMatch(m -> genders.get(m) instanceof Gender)) {
            int women = (int) c.members().stream().filter(m -> genders.get(m) == Gender.FEMALE).count();
            summary = new MemberSummary(c.members().size(), null, null, null, null, women);
        }
        return new Collective(c.id(), c.name(), c.unit(), c.ratings(), c.attestations(), null, summary, c.titles(), c.commendations(),
                c.pendingProceedings(), c.proposedAwards());
    }

    /** The register's completion of each part, what it read, and its warnings for subjects that got no decision. */
    private static final class Register {
        private final Function<EvaluationRequest, CompletedRequest> completion;
        private final Set<RegisteredAward> seen = new HashSet<>();
        final List<RegisteredAward> read = new ArrayList<>();
        final List<Warning> undecided = new ArrayList<>();
        List<Collective> collectives = List.of();
        Map<CompletedRequest.Subject, List<Warning>> warnings = Map.of();

        Register(Function<EvaluationRequest, CompletedRequest> completion) {
            this.completion = completion;
        }

        EvaluationRequest complete(EvaluationRequest part, Written written) {
            CompletedRequest completed = completion.apply(part);
            completed.read().stream().filter(seen::add).forEach(read::add);
            warnings = completed.warnings();
            written.warnings = warnings;
            return completed.request();
        }

        void ended(Set<CompletedRequest.Subject> decided) {
            warnings.forEach((subject, list) -> {
                if (!decided.contains(subject)) {
                    undecided.addAll(list);
                }
            });
        }
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
        private final Sink sink;
        /** The part being evaluated: its decisions go to the sink a few thousand at a time, not all at its end. */
        EvaluationRequest part;
        private final Map<String, List<EligibilityDecision>> forRanking = new LinkedHashMap<>();
        private final List<EligibilityDecision> batch = new ArrayList<>();
        private final Set<CompletedRequest.Subject> decidedSubjects = new HashSet<>();
        Map<CompletedRequest.Subject, List<Warning>> warnings = Map.of();
        long count;

        Written(JsonGenerator generator, RankingSpill spill, Sink sink) {
            this.generator = generator;
            this.spill = spill;
            this.sink = sink;
        }

        @Override
        public void accept(EligibilityDecision evaluated) {
            CompletedRequest.Subject subject = new CompletedRequest.Subject(evaluated.subjectKind(), evaluated.subjectId());
            List<Warning> more = warnings.get(subject);
            EligibilityDecision decision = evaluated;
            if (more != null) {
                List<Warning> all = new ArrayList<>(evaluated.warnings());
                all.addAll(more);
                decision = new EligibilityDecision(evaluated.subjectId(), evaluated.subjectKind(), evaluated.award(),
                        evaluated.outcome(), evaluated.requiresCouncilJudgement(), evaluated.criteria(), evaluated.missing(), all,
                        evaluated.authority());
            }
            decidedSubjects.add(subject);
            batch.add(decision);
            generator.writePOJO(decision);
            count++;
            // All the collectives are one part: their decisions, criteria and all, are not held until its end.
            if (batch.size() >= 8 * BATCH) {
                sink.decidedSoFar(List.copyOf(batch), part);
                batch.clear();
            }
            if (spill.reads(decision.award())) {
                forRanking.computeIfAbsent(decision.subjectId(), id -> new ArrayList<>()).add(new EligibilityDecision(
                        decision.subjectId(), decision.subjectKind(), decision.award(), decision.outcome(),
                        decision.requiresCouncilJudgement(), List.of(), decision.missing(), List.of(), null));
            }
        }

        /**
         * The decisions of the part evaluated last, now taken away; tells {@code register} which of the part's subjects
         * got a decision.
         */
        List<EligibilityDecision> decided(Register register) {
            register.ended(decidedSubjects);
            decidedSubjects.clear();
            List<EligibilityDecision> decided = List.copyOf(batch);
            batch.clear();
            return decided;
        }

        /** The kept decisions of a subject, now taken away. */
        List<EligibilityDecision> forRanking(String subjectId) {
            List<EligibilityDecision> kept = forRanking.remove(subjectId);
            return kept == null ? List.of() : kept;
        }
    }

    // Instants to the second, as a stored run keeps them (EvaluationRuns#storable).
    private static RuleSetInfo stored(RuleSet ruleSet) {
        return new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt().truncatedTo(ChronoUnit.SECONDS));
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

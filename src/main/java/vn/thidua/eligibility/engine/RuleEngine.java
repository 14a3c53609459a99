package vn.thidua.eligibility.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.Proceeding;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.SubjectType;
import vn.thidua.dossier.Unit;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EvaluationInParts;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.facts.EvaluationPeriod;
import vn.thidua.eligibility.facts.Facts;
import vn.thidua.eligibility.facts.Family;
import vn.thidua.eligibility.facts.Group;
import vn.thidua.eligibility.facts.MemberCounts;
import vn.thidua.eligibility.facts.OpenProceeding;
import vn.thidua.eligibility.facts.Param;
import vn.thidua.eligibility.facts.Person;
import vn.thidua.eligibility.facts.PriorDecision;
import vn.thidua.eligibility.facts.Proposal;
import vn.thidua.eligibility.facts.UnitCollective;
import vn.thidua.system.Progress;
import vn.thidua.system.ThiduaProperties;

/**
 * Runs a request through one rule set. Individuals go first, in batches through a session, each
 * stage's decisions assembled in Java and inserted as {@link PriorDecision} facts for the stages
 * that depend on them; then collectives, counting their members from those decisions; then
 * households. Decisions another award only depends on are used, not returned.
 * <p>
 * Two limits stop a rule set that loops or floods the working memory: rule firings per subject in
 * each stage, and time per run (checked between batches and stages, and after every firing, which
 * halts the session once the time is up).
 */
public final class RuleEngine {

    private final int batchSize;
    private final int maxFiringsPerSubject;
    private final Duration maxPerRun;

    /** An engine with the run time limit at its default ({@code thidua.engine.max-seconds-per-run}). */
    public RuleEngine(int batchSize, int maxFiringsPerSubject) {
        this(batchSize, maxFiringsPerSubject, ThiduaProperties.defaults().engine().maxPerRun());
    }

    public RuleEngine(int batchSize, int maxFiringsPerSubject, Duration maxPerRun) {
        this.batchSize = batchSize;
        this.maxFiringsPerSubject = maxFiringsPerSubject;
        this.maxPerRun = maxPerRun;
    }

    /** The engine with the limits of {@code thidua.engine.*} at their defaults. */
    public static RuleEngine withDefaults() {
        return of(ThiduaProperties.defaults().engine());
    }

    /** The engine with the given limits of {@code thidua.engine.*}. */
    public static RuleEngine of(ThiduaProperties.Engine limits) {
        return new RuleEngine(limits.batchSize(), limits.maxFiringsPerSubject(), limits.maxPerRun());
    }

    /**
     * This engine for a request of this many subjects: the time limit of a run is set for a request
     * of up to 100,000 subjects (a district), so a larger one gets it for each 100,000 begun.
     */
    public RuleEngine forSubjects(long subjects) {
        long parts = Math.max(1, (subjects + 99_999) / 100_000);
        return new RuleEngine(batchSize, maxFiringsPerSubject, maxPerRun.multipliedBy(parts));
    }

    /** Decisions for every (subject, award) pair evaluated, in the order of docs/request-and-result.md §2, and the run's own warnings. */
    public record Output(List<EligibilityDecision> decisions, List<Warning> warnings) {
    }

    public Output evaluate(RuleSet ruleSet, EvaluationRequest request) {
        return evaluate(ruleSet, request, Progress.NONE);
    }

    /** Evaluates a whole request, telling {@code progress} of the subjects evaluated, batch by batch. */
    public Output evaluate(RuleSet ruleSet, EvaluationRequest request, Progress progress) {
        Evaluating evaluating = start(ruleSet, request.period(), request.units(), request.collectives());
        List<EligibilityDecision> decisions = new ArrayList<>();
        long subjects = (long) request.individuals().size() + request.collectives().size() + request.households().size();
        try (Progress.Task task = progress.start("evaluate", subjects)) {
            evaluating.individuals(request.individuals(), decisions::add, task);
            evaluating.collectives(request.collectives(), decisions::add, task);
            evaluating.households(request.households(), decisions::add, task);
        }
        return new Output(decisions, evaluating.finish());
    }

    /**
     * Starts an evaluation that is fed its subjects in parts, for a request too large to hold in
     * memory: every individual first, then every collective, then every household. The collectives
     * are needed from the start (an individual's work counts for its unit's collective).
     */
    public Evaluating start(RuleSet ruleSet, Period period, List<Unit> units, List<Collective> collectives) {
        return new Evaluating(new Run(ruleSet, period, units, collectives, maxPerRun.toNanos()), collectives);
    }

    /** An evaluation in progress; see {@link #start}. Decisions go to the given sink in the order of docs/request-and-result.md §2. */
    public final class Evaluating implements EvaluationInParts {

        private enum Stage { INDIVIDUALS, COLLECTIVES, HOUSEHOLDS, FINISHED }

        private final Run run;
        private final List<UnitCollective> unitCollectives;
        private Stage stage = Stage.INDIVIDUALS;

        private Evaluating(Run run, List<Collective> collectives) {
            this.run = run;
            this.unitCollectives = collectives.stream()
                    .map(c -> new UnitCollective(c.unit(), c.id(), new Group(c, null, run.period.year(), null).getRating())).toList();
            for (RuleSet.MissingParameter missing : run.parameters.notInForce()) {
                run.runWarnings.add(run.assembler.warning("PARAMETER_NOT_IN_FORCE", Facts.of("parameter", missing.qualifiedName(),
                        "award", missing.award().name(), "date", missing.on())));
            }
        }

        /** Evaluates the next individuals. */
        @Override
        public void individuals(List<Individual> individuals, Consumer<EligibilityDecision> sink) {
            individuals(individuals, sink, Progress.Task.NONE);
        }

        /** Evaluates the next individuals, stepping {@code task} by each batch's size. */
        public void individuals(List<Individual> individuals, Consumer<EligibilityDecision> sink, Progress.Task task) {
            enter(Stage.INDIVIDUALS);
            for (List<Individual> batch : batches(individuals)) {
                List<SubjectPlan> plans = batch.stream().map(run::plan).toList();
                evaluate(run, plans, unitCollectives);
                for (int i = 0; i < batch.size(); i++) {
                    run.members.record(batch.get(i), plans.get(i).decided);
                    plans.get(i).emitted().forEach(sink);
                }
                task.stepBy(batch.size());
            }
        }

        /** Evaluates the next collectives, once every individual has been. */
        @Override
        public void collectives(List<Collective> collectives, Consumer<EligibilityDecision> sink) {
            collectives(collectives, sink, Progress.Task.NONE);
        }

        /** Evaluates the next collectives, stepping {@code task} by each batch's size. */
        public void collectives(List<Collective> collectives, Consumer<EligibilityDecision> sink, Progress.Task task) {
            enter(Stage.COLLECTIVES);
            for (List<Collective> batch : batches(collectives)) {
                List<SubjectPlan> plans = batch.stream().map(run::plan).toList();
                evaluate(run, plans, List.of());
                plans.forEach(plan -> plan.emitted().forEach(sink));
                task.stepBy(batch.size());
            }
        }

        /** Evaluates the next households, once every individual and collective has been. */
        @Override
        public void households(List<Household> households, Consumer<EligibilityDecision> sink) {
            households(households, sink, Progress.Task.NONE);
        }

        /** Evaluates the next households, stepping {@code task} by each batch's size. */
        public void households(List<Household> households, Consumer<EligibilityDecision> sink, Progress.Task task) {
            enter(Stage.HOUSEHOLDS);
            for (List<Household> batch : batches(households)) {
                List<SubjectPlan> plans = batch.stream().map(run::plan).toList();
                evaluate(run, plans, List.of());
                plans.forEach(plan -> plan.emitted().forEach(sink));
                task.stepBy(batch.size());
            }
        }

        /** Ends the evaluation: the run's own warnings. */
        @Override
        public List<Warning> finish() {
            enter(Stage.FINISHED);
            run.unknownAwards.forEach(award ->
                    run.runWarnings.add(run.assembler.warning("AWARD_NOT_IN_RULE_SET", Facts.of("award", award.name()))));
            return List.copyOf(run.runWarnings);
        }

        private void enter(Stage next) {
            if (next.ordinal() < stage.ordinal() || stage == Stage.FINISHED) {
                throw new IllegalStateException("subjects come as individuals, then collectives, then households; "
                        + next + " came after " + stage);
            }
            stage = next;
        }
    }

    private <T> List<List<T>> batches(List<T> subjects) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < subjects.size(); from += batchSize) {
            batches.add(subjects.subList(from, Math.min(from + batchSize, subjects.size())));
        }
        return batches;
    }

    private void evaluate(Run run, List<SubjectPlan> plans, List<UnitCollective> context) {
        if (plans.stream().allMatch(plan -> plan.needed.isEmpty())) {
            return;
        }
        // The limit counts the time spent in the engine only: a run read and stored in parts also spends time reading,
        // writing its result and storing its decisions between batches, which no rule can make loop.
        long started = System.nanoTime();
        long deadline = started + run.budget - run.spent;
        checkTime(deadline, "between batches");
        try {
            evaluate(run, plans, context, deadline);
        } finally {
            run.spent += System.nanoTime() - started;
        }
    }

    private void evaluate(Run run, List<SubjectPlan> plans, List<UnitCollective> context, long deadline) {
        KieSession session = run.ruleSet.kieBase().newKieSession();
        RecordingOutcomes out = new RecordingOutcomes(run.ruleSet);
        Map<String, SubjectPlan> byId = new HashMap<>();
        try {
            session.setGlobal("out", out);
            session.addEventListener(out);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    if (System.nanoTime() > deadline) {
                        event.getKieRuntime().halt();
                    }
                }
            });
            run.parameters.values().forEach(session::insert);
            session.insert(new EvaluationPeriod(run.period.year(), run.period.cutoffDate(), run.period.decisionDate()));
            context.forEach(session::insert);
            for (SubjectPlan plan : plans) {
                byId.put(plan.id, plan);
                plan.facts.forEach(session::insert);
            }
            for (List<AwardCode> stage : run.ruleSet.stages()) {
                List<Proposal> proposals = new ArrayList<>();
                for (SubjectPlan plan : plans) {
                    for (AwardCode award : stage) {
                        if (plan.needed.contains(award)) {
                            Proposal proposal = new Proposal(plan.id, plan.kind.name(), award.name());
                            proposals.add(proposal);
                            session.insert(proposal);
                        }
                    }
                }
                if (!proposals.isEmpty()) {
                    fire(session, plans.size(), stage);
                    checkTime(deadline, "in stage " + stage);
                    for (Proposal proposal : proposals) {
                        SubjectPlan plan = byId.get(proposal.getSubjectId());
                        AwardCode award = AwardCode.valueOf(proposal.getAward());
                        EligibilityDecision decision = run.assembler.assemble(plan.id, plan.kind, award, plan.branch,
                                run.period.decisionDate(),
                                run.ruleSet.authority(award, plan.unitLevel, run.period.decisionDate()),
                                out.resultsFor(proposal), out.warningsFor(proposal), plan.warnings);
                        session.insert(new PriorDecision(plan.id, award.name(), decision.outcome().name()));
                        plan.decided.put(award, decision);
                    }
                }
            }
        } finally {
            session.dispose();
        }
    }

    private void fire(KieSession session, int subjects, List<AwardCode> stage) {
        long limit = (long) maxFiringsPerSubject * subjects;
        int fired = session.fireAllRules((int) Math.min(limit + 1, Integer.MAX_VALUE));
        if (fired > limit) {
            throw new EvaluationLimitException("the rules fired more than " + maxFiringsPerSubject
                    + " times per subject in stage " + stage + ": a rule may loop");
        }
    }

    private void checkTime(long deadline, String where) {
        if (System.nanoTime() > deadline) {
            throw new EvaluationLimitException("the evaluation ran longer than thidua.engine.max-seconds-per-run ("
                    + maxPerRun.toMillis() / 1000.0 + " s) and was stopped " + where
                    + ": a rule may loop or join too many facts");
        }
    }

    /** What one evaluation shares across its batches. */
    private static final class Run {
        final RuleSet ruleSet;
        final Period period;
        final DecisionAssembler assembler;
        final RuleSet.ResolvedParameters parameters;
        final Map<String, Unit> units = new HashMap<>();
        final MemberIndex members;
        final boolean membersCounted;
        final Set<AwardCode> unknownAwards = new LinkedHashSet<>();
        final List<Warning> runWarnings = new ArrayList<>();
        /** Nanoseconds the run may spend in the engine, and has spent. */
        final long budget;
        long spent;

        Run(RuleSet ruleSet, Period period, List<Unit> units, List<Collective> collectives, long budget) {
            this.ruleSet = ruleSet;
            this.budget = budget;
            this.period = period;
            this.assembler = new DecisionAssembler(ruleSet);
            this.parameters = ruleSet.resolve(period);
            units.forEach(unit -> this.units.put(unit.code(), unit));
            Set<String> memberIds = new HashSet<>();
            collectives.forEach(c -> {
                if (c.members() != null) {
                    memberIds.addAll(c.members());
                }
            });
            this.members = new MemberIndex(memberIds, period.year(), period.cutoffDate(), ruleSet.awards());
            this.membersCounted = collectives.stream().anyMatch(c -> c.members() != null && !awards(c.proposedAwards(),
                    SubjectKind.COLLECTIVE, false).isEmpty());
        }

        SubjectPlan plan(Individual individual) {
            List<Warning> warnings = new ArrayList<>();
            SubjectType branch = individual.subjectType();
            if (branch == null) {
                // No branch for a pupil, student or religious dignitary without a subject type
                // (docs/request-and-result.md §6.1.5): the branch criteria then ask for it.
                branch = ruleSet.subjectTypes().inferredBranch(individual.occupation());
                if (branch != null) {
                    warnings.add(assembler.warning("SUBJECT_TYPE_INFERRED", Facts.of("subjectType", branch.name(),
                            "occupation", individual.occupation() == null ? null : individual.occupation().name())));
                }
            }
            List<Object> facts = new ArrayList<>();
            facts.add(new Person(individual, branch, period.year(), period.cutoffDate()));
            addOpenProceedings(individual.id(), individual.pendingProceedings(), facts);
            List<AwardCode> emit = awards(individual.proposedAwards(), SubjectKind.INDIVIDUAL, true);
            Set<AwardCode> needed = needed(emit);
            if (membersCounted && members.isMember(individual.id())) {
                ruleSet.awards().countedFromMembers().stream().filter(ruleSet::hasRules)
                        .forEach(award -> addWithDependencies(award, needed));
            }
            return new SubjectPlan(individual.id(), SubjectKind.INDIVIDUAL, branch == null ? null : branch.name(),
                    level(individual.unit()), facts,
                    List.copyOf(warnings), emit, needed);
        }

        SubjectPlan plan(Collective collective) {
            Unit unit = units.get(collective.unit());
            MemberCounts counts = members.countsFor(collective);
            List<Object> facts = new ArrayList<>();
            facts.add(new Group(collective, unit == null || unit.level() == null ? null : unit.level().name(), period.year(), counts));
            addOpenProceedings(collective.id(), collective.pendingProceedings(), facts);
            List<AwardCode> emit = awards(collective.proposedAwards(), SubjectKind.COLLECTIVE, true);
            return new SubjectPlan(collective.id(), SubjectKind.COLLECTIVE, null, level(collective.unit()), facts, List.of(), emit,
                    needed(emit));
        }

        SubjectPlan plan(Household household) {
            List<AwardCode> emit = awards(household.proposedAwards(), SubjectKind.HOUSEHOLD, true);
            return new SubjectPlan(household.id(), SubjectKind.HOUSEHOLD, null, level(household.unit()),
                    List.of(new Family(household, period.year())), List.of(), emit, needed(emit));
        }

        private UnitLevel level(String unitCode) {
            Unit unit = units.get(unitCode);
            return unit == null ? null : unit.level();
        }

        private void addOpenProceedings(String id, List<Proceeding> proceedings, List<Object> facts) {
            for (Proceeding proceeding : proceedings) {
                if (proceeding.isOpenOn(period.decisionDate())) {
                    facts.add(new OpenProceeding(id, proceeding.kind().name(), proceeding.since()));
                }
            }
        }

        /**
         * The awards to decide and emit for a subject: those proposed, or, when none are, every award of
         * the subject's kind that the rule set has, except those {@code awards.yaml} has evaluated only when proposed.
         */
        private List<AwardCode> awards(List<AwardCode> proposed, SubjectKind kind, boolean report) {
            List<AwardCode> emit = new ArrayList<>();
            for (AwardCode award : proposed != null ? proposed : AwardCode.orderFor(kind)) {
                if (ruleSet.hasRules(award)) {
                    if (proposed != null || !ruleSet.awards().evaluatedOnlyWhenProposed(award)) {
                        emit.add(award);
                    }
                } else if (report && proposed != null) {
                    unknownAwards.add(award);
                }
            }
            emit.sort((a, b) -> Integer.compare(a.order(kind), b.order(kind)));
            return emit;
        }

        private Set<AwardCode> needed(List<AwardCode> emit) {
            Set<AwardCode> needed = new LinkedHashSet<>();
            emit.forEach(award -> addWithDependencies(award, needed));
            return needed;
        }

        private void addWithDependencies(AwardCode award, Set<AwardCode> needed) {
            if (needed.add(award)) {
                ruleSet.dependsOn(award).forEach(dependency -> addWithDependencies(dependency, needed));
            }
        }
    }
}

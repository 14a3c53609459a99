package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.KieSession;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.Proceeding;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.SubjectType;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.facts.EvaluationPeriod;
import vn.thidua.eligibility.facts.Facts;
import vn.thidua.eligibility.facts.OpenProceeding;
import vn.thidua.eligibility.facts.Param;
import vn.thidua.eligibility.facts.Person;
import vn.thidua.eligibility.facts.PriorDecision;
import vn.thidua.eligibility.facts.Proposal;

/**
 * Runs a request through one rule set in stages: subjects go through a session in batches, each
 * stage's decisions are assembled in Java and inserted as {@link PriorDecision} facts for the
 * stages that depend on them. Decisions an award only depends on are used, not returned.
 */
public final class RuleEngine {

    private static final Set<Occupation> BRANCH_B = EnumSet.of(Occupation.WORKER, Occupation.FARMER,
            Occupation.ENTREPRENEUR, Occupation.RELIGIOUS_DIGNITARY, Occupation.STUDENT);

    private final int batchSize;
    private final int maxFiringsPerSubject;

    public RuleEngine(int batchSize, int maxFiringsPerSubject) {
        this.batchSize = batchSize;
        this.maxFiringsPerSubject = maxFiringsPerSubject;
    }

    /** Decisions for every (subject, award) pair evaluated, in the contract's order, and the run's own warnings. */
    public record Output(List<EligibilityDecision> decisions, List<Warning> warnings) {
    }

    public Output evaluate(RuleSet ruleSet, EvaluationRequest request) {
        DecisionAssembler assembler = new DecisionAssembler(ruleSet);
        Period period = request.period();
        RuleSet.ResolvedParameters parameters = ruleSet.resolve(period);
        Set<AwardCode> unknownAwards = new LinkedHashSet<>();
        List<Warning> runWarnings = new ArrayList<>();
        for (String name : parameters.notInForce()) {
            runWarnings.add(assembler.warning("PARAMETER_NOT_IN_FORCE", Facts.of("parameter", name)));
        }
        List<EligibilityDecision> decisions = new ArrayList<>();
        List<Individual> individuals = request.individuals();
        for (int from = 0; from < individuals.size(); from += batchSize) {
            List<Individual> batch = individuals.subList(from, Math.min(from + batchSize, individuals.size()));
            decisions.addAll(evaluateIndividuals(ruleSet, assembler, batch, period, parameters.values(), unknownAwards));
        }
        for (AwardCode award : unknownAwards) {
            runWarnings.add(assembler.warning("AWARD_NOT_IN_RULE_SET", Facts.of("award", award.name())));
        }
        addUnruledSubjects(request, ruleSet, assembler, runWarnings);
        return new Output(decisions, runWarnings);
    }

    private List<EligibilityDecision> evaluateIndividuals(RuleSet ruleSet, DecisionAssembler assembler, List<Individual> batch,
            Period period, List<Param> params, Set<AwardCode> unknownAwards) {
        KieSession session = ruleSet.kieBase().newKieSession();
        RecordingOutcomes out = new RecordingOutcomes(ruleSet);
        Map<String, Subject> subjects = new LinkedHashMap<>();
        try {
            session.setGlobal("out", out);
            session.addEventListener(out);
            params.forEach(session::insert);
            session.insert(new EvaluationPeriod(period.year(), period.cutoffDate(), period.decisionDate()));
            for (Individual individual : batch) {
                Subject subject = subject(individual, ruleSet, assembler, period, unknownAwards);
                subjects.put(individual.id(), subject);
                session.insert(new Person(individual, subject.branch, period.year(), period.cutoffDate()));
                for (Proceeding proceeding : individual.pendingProceedings()) {
                    if (proceeding.isOpenOn(period.decisionDate())) {
                        session.insert(new OpenProceeding(individual.id(), proceeding.kind().name(), proceeding.since()));
                    }
                }
            }
            for (List<AwardCode> stage : ruleSet.stages()) {
                List<Proposal> proposals = new ArrayList<>();
                for (Subject subject : subjects.values()) {
                    for (AwardCode award : stage) {
                        if (subject.needed.contains(award)) {
                            Proposal proposal = new Proposal(subject.id, SubjectKind.INDIVIDUAL.name(), award.name());
                            proposals.add(proposal);
                            session.insert(proposal);
                        }
                    }
                }
                if (proposals.isEmpty()) {
                    continue;
                }
                long limit = (long) maxFiringsPerSubject * subjects.size();
                int fired = session.fireAllRules((int) Math.min(limit + 1, Integer.MAX_VALUE));
                if (fired > limit) {
                    throw new EvaluationLimitException("the rules fired more than " + maxFiringsPerSubject
                            + " times per subject in stage " + stage + ": a rule may loop");
                }
                for (Proposal proposal : proposals) {
                    Subject subject = subjects.get(proposal.getSubjectId());
                    AwardCode award = AwardCode.valueOf(proposal.getAward());
                    EligibilityDecision decision = assembler.assemble(subject.id, SubjectKind.INDIVIDUAL, award,
                            subject.branch.name(), out.resultsFor(proposal), out.warningsFor(proposal), subject.warnings);
                    session.insert(new PriorDecision(subject.id, award.name(), decision.outcome().name()));
                    subject.decided.put(award, decision);
                }
            }
        } finally {
            session.dispose();
        }
        List<EligibilityDecision> decisions = new ArrayList<>();
        subjects.values().forEach(subject -> decisions.addAll(subject.emitted()));
        return decisions;
    }

    private Subject subject(Individual individual, RuleSet ruleSet, DecisionAssembler assembler, Period period,
            Set<AwardCode> unknownAwards) {
        List<Warning> warnings = new ArrayList<>();
        SubjectType branch = individual.subjectType();
        if (branch == null) {
            branch = individual.occupation() != null && BRANCH_B.contains(individual.occupation())
                    ? SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC : SubjectType.CBCCVC_NLD;
            warnings.add(assembler.warning("SUBJECT_TYPE_INFERRED", Facts.of("subjectType", branch.name(),
                    "occupation", individual.occupation() == null ? null : individual.occupation().name())));
        }
        List<AwardCode> emit = new ArrayList<>();
        if (individual.proposedAwards() != null) {
            for (AwardCode award : individual.proposedAwards()) {
                if (ruleSet.hasRules(award)) {
                    emit.add(award);
                } else {
                    unknownAwards.add(award);
                }
            }
        } else {
            for (AwardCode award : AwardCode.orderFor(SubjectKind.INDIVIDUAL)) {
                if (ruleSet.hasRules(award) && award != AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN) {
                    emit.add(award);
                }
            }
        }
        emit.sort((a, b) -> Integer.compare(a.order(SubjectKind.INDIVIDUAL), b.order(SubjectKind.INDIVIDUAL)));
        Set<AwardCode> needed = new LinkedHashSet<>();
        emit.forEach(award -> addWithDependencies(award, ruleSet, needed));
        return new Subject(individual.id(), branch, List.copyOf(warnings), emit, needed);
    }

    private static void addWithDependencies(AwardCode award, RuleSet ruleSet, Set<AwardCode> needed) {
        if (needed.add(award)) {
            ruleSet.dependsOn(award).forEach(dependency -> addWithDependencies(dependency, ruleSet, needed));
        }
    }

    /** Collectives and households: proposals for awards the rule set does not contain yet are reported once per award. */
    private static void addUnruledSubjects(EvaluationRequest request, RuleSet ruleSet, DecisionAssembler assembler,
            List<Warning> warnings) {
        Set<AwardCode> reported = new LinkedHashSet<>();
        request.collectives().forEach(c -> reportUnruled(c.proposedAwards(), SubjectKind.COLLECTIVE, ruleSet, reported));
        request.households().forEach(h -> reportUnruled(h.proposedAwards(), SubjectKind.HOUSEHOLD, ruleSet, reported));
        reported.forEach(award -> warnings.add(assembler.warning("AWARD_NOT_IN_RULE_SET", Facts.of("award", award.name()))));
    }

    private static void reportUnruled(List<AwardCode> proposed, SubjectKind kind, RuleSet ruleSet, Set<AwardCode> reported) {
        List<AwardCode> awards = proposed != null ? proposed : AwardCode.orderFor(kind);
        for (AwardCode award : awards) {
            if (!ruleSet.hasRules(award) && (proposed != null || award != AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN)) {
                reported.add(award);
            }
        }
    }

    private static final class Subject {
        final String id;
        final SubjectType branch;
        final List<Warning> warnings;
        final List<AwardCode> emit;
        final Set<AwardCode> needed;
        final Map<AwardCode, EligibilityDecision> decided = new LinkedHashMap<>();

        Subject(String id, SubjectType branch, List<Warning> warnings, List<AwardCode> emit, Set<AwardCode> needed) {
            this.id = id;
            this.branch = branch;
            this.warnings = warnings;
            this.emit = emit;
            this.needed = needed;
        }

        List<EligibilityDecision> emitted() {
            return emit.stream().map(decided::get).filter(d -> d != null).toList();
        }
    }
}

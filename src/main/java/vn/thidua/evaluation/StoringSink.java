package vn.thidua.evaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.audit.ResultRows;
import vn.thidua.audit.RunOutline;
import vn.thidua.audit.RunWriter;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Warning;
import vn.thidua.history.RegisteredAward;
import vn.thidua.ranking.Ranking;

/**
 * Stores what a bulk evaluation decides into the run being written ({@link RunWriter}), with the rows and
 * outline lines a run stored whole gets from its request in memory: names and units per subject, and each
 * subject's priority groups. A collective's groups read its members' genders (70 % women), so the members of
 * the request's collectives are remembered by id, unit and gender only while the individuals go by.
 */
final class StoringSink implements BulkEvaluation.Sink {

    private final RunWriter writer;
    private Set<String> memberIds = new HashSet<>();
    private Map<String, Individual> members = new HashMap<>();
    private final RegisterSnapshot snapshot;
    private EvaluationRequest subjectsOf;
    private ResultRows.Subjects subjects;

    /** What the register read becomes in the run's header (the same JSON as a run stored whole keeps). */
    interface RegisterSnapshot {
        String of(List<RegisteredAward> read);
    }

    StoringSink(RunWriter writer, EvaluationRequest outline, RegisterSnapshot snapshot) {
        this.writer = writer;
        this.snapshot = snapshot;
        for (Collective collective : outline.collectives()) {
            if (collective.members() != null) {
                memberIds.addAll(collective.members());
            }
        }
        writer.units(RunOutline.of(outline.part(List.of(), List.of(), List.of())).units());
    }

    @Override
    public Long runId() {
        return writer.runId();
    }

    @Override
    public void decided(List<EligibilityDecision> decisions, EvaluationRequest part) {
        for (Individual person : part.individuals()) {
            if (memberIds.contains(person.id())) {
                members.put(person.id(), new Individual(person.id(), null, person.unit(), person.gender(), null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            }
        }
        List<RunOutline.SubjectLine> lines;
        if (part.collectives().isEmpty()) {
            lines = RunOutline.of(part).subjects();
        } else {
            // Outlined beside their members, as in the whole request, and only the collectives' own lines kept.
            EvaluationRequest withMembers = new EvaluationRequest(part.schemaVersion(), part.period(), part.units(),
                    List.copyOf(members.values()), part.collectives(), List.of(), List.of());
            lines = RunOutline.of(withMembers).subjects().stream().filter(l -> l.kind() == SubjectKind.COLLECTIVE).toList();
            // The collectives are one part, after every individual: their members are not needed again. Replaced, not
            // cleared (a cleared map keeps its table), since a province lists some 200,000 of them and its rankings follow.
            memberIds = new HashSet<>();
            members = new HashMap<>();
        }
        writer.decided(decisions, part == subjectsOf ? subjects : ResultRows.Subjects.of(part), lines);
        subjectsOf = null;
        subjects = null;
    }

    @Override
    public void decidedSoFar(List<EligibilityDecision> decisions, EvaluationRequest part) {
        if (part != subjectsOf) {
            subjectsOf = part;
            subjects = ResultRows.Subjects.of(part);
        }
        writer.decided(decisions, subjects, List.of());
    }

    @Override
    public void ranked(Ranking ranking) {
        writer.ranked(ranking);
    }

    @Override
    public void finished(List<Warning> warnings, List<RegisteredAward> read) {
        writer.finish(warnings, read.isEmpty() ? null : snapshot.of(read));
    }
}

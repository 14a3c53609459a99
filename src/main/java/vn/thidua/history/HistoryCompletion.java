package vn.thidua.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;

/**
 * Completes a request's titles and commendations from register entries (request-and-result.md §6.6).
 * Pure: the same request and entries always give the same completed request, which is what lets a run
 * be replayed from the entries it stored.
 */
public final class HistoryCompletion {

    private HistoryCompletion() {
    }

    /**
     * The request with every subject's history completed from {@code entries} (entries of subjects the
     * request does not have are ignored; entries of the evaluated year or later are not compared).
     * Empty entries give the request unchanged, with no warning.
     */
    public static CompletedRequest complete(EvaluationRequest request, List<RegisteredAward> entries) {
        return complete(request, entries, RegisterWarnings.BY_CODE);
    }

    /**
     * As {@link #complete(EvaluationRequest, List)}, with warnings naming each award by its name in
     * {@code names} (Vietnamese and English; null where it has none, and then by its code).
     */
    public static CompletedRequest complete(EvaluationRequest request, List<RegisteredAward> entries,
            Function<AwardCode, Text> names) {
        return complete(request, entries, new RegisterWarnings(names));
    }

    private static CompletedRequest complete(EvaluationRequest request, List<RegisteredAward> entries, RegisterWarnings says) {
        if (entries.isEmpty()) {
            return CompletedRequest.unchanged(request);
        }
        Map<String, List<RegisteredAward>> byId = new HashMap<>();
        entries.forEach(e -> byId.computeIfAbsent(e.subjectId(), id -> new ArrayList<>()).add(e));
        int year = request.period().year();
        Map<CompletedRequest.Subject, List<Warning>> warnings = new LinkedHashMap<>();
        List<Individual> individuals = new ArrayList<>(request.individuals().size());
        for (Individual p : request.individuals()) {
            SubjectMerge m = merge(SubjectKind.INDIVIDUAL, p.id(), year, p.titles(), p.commendations(), byId, warnings, says);
            individuals.add(m == null ? p : new Individual(p.id(), p.fullName(), p.unit(), p.gender(), p.birthYear(), p.ethnicity(),
                    p.ethnicMinority(), p.subjectType(), p.occupation(), p.directProducer(), p.leader(), p.recruitmentDate(), p.ratings(),
                    p.attestations(), p.leaves(), p.transfers(), p.disciplines(), p.pendingProceedings(), p.adminSanctions(),
                    p.initiatives(), p.scienceWorks(), m.titles, m.commendations, p.proposedAwards()));
        }
        List<Collective> collectives = new ArrayList<>(request.collectives().size());
        for (Collective c : request.collectives()) {
            SubjectMerge m = merge(SubjectKind.COLLECTIVE, c.id(), year, c.titles(), c.commendations(), byId, warnings, says);
            collectives.add(m == null ? c : new Collective(c.id(), c.name(), c.unit(), c.ratings(), c.attestations(), c.members(),
                    c.memberSummary(), m.titles, m.commendations, c.pendingProceedings(), c.proposedAwards()));
        }
        List<Household> households = new ArrayList<>(request.households().size());
        for (Household h : request.households()) {
            SubjectMerge m = merge(SubjectKind.HOUSEHOLD, h.id(), year, h.titles(), h.commendations(), byId, warnings, says);
            households.add(m == null ? h : new Household(h.id(), h.unit(), h.headName(), h.ethnicMinority(), h.members(),
                    h.attestations(), h.contributions(), m.titles, m.commendations, h.proposedAwards()));
        }
        EvaluationRequest completed = new EvaluationRequest(request.schemaVersion(), request.period(), request.units(), individuals,
                collectives, households, request.quotas());
        return new CompletedRequest(completed, entries, warnings);
    }

    /** The merge of one subject, or null when the register holds nothing for it. */
    private static SubjectMerge merge(SubjectKind kind, String id, int year, List<vn.thidua.dossier.Title> titles,
            List<vn.thidua.dossier.Commendation> commendations, Map<String, List<RegisteredAward>> byId,
            Map<CompletedRequest.Subject, List<Warning>> warnings, RegisterWarnings says) {
        List<RegisteredAward> all = byId.get(id);
        if (all == null) {
            return null;
        }
        List<Warning> found = new ArrayList<>();
        List<RegisteredAward> own = new ArrayList<>();
        for (RegisteredAward e : all) {
            if (e.subjectKind() == kind) {
                own.add(e);
            } else if (e.year() < year) {
                found.add(says.kindDiffers(kind, e));
            }
        }
        SubjectMerge merge = SubjectMerge.of(year, titles, commendations, own, says);
        found.addAll(merge.warnings);
        if (!found.isEmpty()) {
            warnings.put(new CompletedRequest.Subject(kind, id), found);
        }
        return merge;
    }
}

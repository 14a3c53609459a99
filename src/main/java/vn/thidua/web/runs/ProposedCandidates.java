package vn.thidua.web.runs;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Outcome;

/**
 * The candidates a run proposes, as the public may see them: name, unit and award only. Eligible
 * decisions, and among ranked awards only those selected under the quota.
 */
@Component
public class ProposedCandidates {

    /** What the public list shows: no birth year, ethnicity or other personal data. */
    public record Candidate(String subjectId, String name, String unitName, AwardCode award) {
    }

    private final RunResults results;

    ProposedCandidates(RunResults results) {
        this.results = results;
    }

    public List<Candidate> of(long runId) {
        return results.find(runId).map(run -> run.rows().stream()
                .filter(row -> row.outcome() == Outcome.ELIGIBLE && !Boolean.FALSE.equals(row.selected()))
                .map(row -> new Candidate(row.subjectId(), row.name(), row.unitName(), row.award()))
                .toList()).orElse(List.of());
    }
}

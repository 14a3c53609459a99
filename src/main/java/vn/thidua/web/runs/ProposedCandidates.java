package vn.thidua.web.runs;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.audit.ResultRows;
import vn.thidua.dossier.AwardCode;

/**
 * The candidates a run proposes, as the public may see them: name, unit and award only. Eligible
 * decisions, and among ranked awards only those selected under the quota; read a page at a time
 * from the run's result rows.
 */
@Component
public class ProposedCandidates {

    /** What the public list shows: no birth year, ethnicity or other personal data. */
    public record Candidate(String subjectId, String name, String unitName, AwardCode award) {
    }

    /** A page of candidates: {@code total} in the list, pages counted from 1. */
    public record Page(List<Candidate> candidates, long total, int page, int size, int pages, long first) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public long last() {
            return first + candidates.size() - (candidates.isEmpty() ? 0 : 1);
        }
    }

    private final ResultRows rows;

    ProposedCandidates(ResultRows rows) {
        this.rows = rows;
    }

    /** A page of the candidates of a run, in the run's order (page and size kept in range). */
    public Page of(long runId, int page, int size) {
        ResultRows.Page found = rows.proposed(runId, page, size);
        return new Page(found.rows().stream().map(ProposedCandidates::candidate).toList(), found.matching(), found.page(),
                found.size(), found.pages(), found.first());
    }

    /** The awards the run proposes candidates for, each once. */
    public List<AwardCode> awards(long runId) {
        return rows.proposedAwards(runId);
    }

    /** A candidate of the run for an award, or empty when the run does not propose this subject for it. */
    public Optional<Candidate> find(long runId, String subjectId, AwardCode award) {
        return rows.proposed(runId, subjectId, award).map(ProposedCandidates::candidate);
    }

    /** The names of some subjects of the run, by subject id (one the run does not know is left out). */
    public java.util.Map<String, String> names(long runId, java.util.Collection<String> subjectIds) {
        return rows.names(runId, subjectIds);
    }

    private static Candidate candidate(ResultRows.Row row) {
        return new Candidate(row.subjectId(), row.name(), row.unitName(), row.award());
    }
}

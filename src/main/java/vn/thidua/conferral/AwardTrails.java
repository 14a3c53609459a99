package vn.thidua.conferral;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.StoredRuns;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;

/** Builds the auditor's trail from a conferred award back to its evidence. */
@Service
public class AwardTrails {

    private final Register register;
    private final AwardDecisions decisions;
    private final CouncilBallots ballots;
    private final EvaluationRuns runs;
    private final StoredRuns stored;
    private final JsonMapper json;

    AwardTrails(Register register, AwardDecisions decisions, CouncilBallots ballots, EvaluationRuns runs, StoredRuns stored,
            JsonMapper json) {
        this.stored = stored;
        this.register = register;
        this.decisions = decisions;
        this.ballots = ballots;
        this.runs = runs;
        this.json = json;
    }

    /** The trail of a register entry, or empty when no entry has this id. */
    @Transactional(readOnly = true)
    public Optional<AwardTrail> of(long entryId) {
        return register.find(entryId).map(this::trail);
    }

    private AwardTrail trail(RegisterEntry entry) {
        if (entry.decisionId() == null) {
            return new AwardTrail(entry, null, null, null, null, null, null, null);
        }
        AwardDecision decision = decisions.find(entry.decisionId()).orElseThrow();
        AwardDecision.Entry line = decision.entries().stream().filter(e -> e.seq() == entry.entrySeq()).findFirst().orElseThrow();
        Ballot ballot = ballots.find(line.sessionId(), line.ballotSeq()).orElseThrow();
        JsonNode result = json.readTree(ballot.resultJson());
        long runId = decision.runId();
        EligibilityDecision eligibility = runs.decisions(runId, entry.subjectId(), entry.award(), null).orElseThrow().stream()
                .findFirst().orElse(null);
        String subject = java.net.URLEncoder.encode(entry.subjectId(), java.nio.charset.StandardCharsets.UTF_8);
        AwardTrail.Links links = new AwardTrail.Links("/runs/" + runId + "/decision?subject=" + subject + "&award=" + entry.award(),
                "/api/evaluations/" + runId + "/decisions?subjectId=" + subject + "&award=" + entry.award(),
                "/api/audit/register/" + entry.id() + "/request", "/api/award-decisions/" + decision.id() + "/decision.pdf",
                "/api/award-decisions/" + decision.id() + "/decision.docx");
        return new AwardTrail(entry, decision, line, ballot, result, runId, eligibility, links);
    }

    /** The request of the run an entry came from, as received; empty for an imported entry or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<byte[]> request(long entryId) {
        return of(entryId).filter(t -> t.runId() != null).flatMap(t -> stored.request(t.runId()));
    }
}

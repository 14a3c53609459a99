package vn.thidua.conferral;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.AwardTable;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.system.NotFoundException;

/** A decision and its list as PDF and as DOCX, from the draft as stored (and its signature once recorded). */
@Service
public class DecisionDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final AwardDecisions decisions;
    private final CouncilBallots ballots;
    private final EvaluationRuns runs;
    private final RuleSetRegistry rules;

    DecisionDocuments(AwardDecisions decisions, CouncilBallots ballots, EvaluationRuns runs, RuleSetRegistry rules) {
        this.decisions = decisions;
        this.ballots = ballots;
        this.runs = runs;
        this.rules = rules;
    }

    /** @throws NotFoundException when no decision has this id */
    @Transactional(readOnly = true)
    public byte[] pdf(long decisionId) {
        AwardDecision d = load(decisionId);
        return DecisionLayout.write(d, context(d), new PdfDocumentWriter(title(d)));
    }

    /** @throws NotFoundException when no decision has this id */
    @Transactional(readOnly = true)
    public byte[] docx(long decisionId) {
        AwardDecision d = load(decisionId);
        return DecisionLayout.write(d, context(d), new DocxDocumentWriter(title(d)));
    }

    private AwardDecision load(long id) {
        return decisions.find(id).orElseThrow(() -> new NotFoundException("no award decision " + id));
    }

    private static String title(AwardDecision d) {
        return "Quyết định khen thưởng — " + d.authorityVi();
    }

    private DecisionLayout.Context context(AwardDecision d) {
        AwardTable awards = rules.active().awards();
        Map<AwardCode, String> names = new LinkedHashMap<>();
        for (AwardCode code : AwardCode.values()) {
            String name = awards.name(code, VI);
            names.put(code, name == null ? code.name() : name);
        }
        Map<Long, Ballot> sessions = new LinkedHashMap<>();
        d.entries().forEach(e -> sessions.computeIfAbsent(e.sessionId(), s -> ballots.find(s, e.ballotSeq()).orElseThrow()));
        String issuer = runs.request(d.runId()).map(r -> new RunSubjects(r).issuer()).orElse(null);
        int year = d.entries().isEmpty() ? d.draftedOn().getYear() : d.entries().get(0).awardYear();
        return new DecisionLayout.Context(issuer, names, sessions, year);
    }
}

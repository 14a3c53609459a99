package vn.thidua.conferral;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.register.RegisterEntry;

/**
 * Why a subject holds an award: the register entry (with its revocation, if any), the signed
 * decision and the draft entry it came from, the council ballot that approved the dossier with the
 * council's result (percentage, threshold, denominator, citation), and the run's eligibility decision
 * with every criterion. An imported entry has only itself: it came from a decision made outside the
 * application. {@code links} name the pages and endpoints that show each step, the request as received
 * among them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwardTrail(RegisterEntry entry, AwardDecision decision, AwardDecision.Entry decisionEntry, Ballot ballot,
        JsonNode councilResult, Long runId, EligibilityDecision eligibility, Links links) {

    /** Where each step is shown: the run's decision page and API, the request as received, the decision's documents. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String decisionPage, String decisionApi, String request, String decisionPdf, String decisionDocx) {
    }
}

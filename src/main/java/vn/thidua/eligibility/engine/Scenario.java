package vn.thidua.eligibility.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.Outcome;

/**
 * One case of a {@code *.tests.yaml} file: a whole evaluation request (its file's defaults merged in),
 * the parameters it fixes, and the decisions it expects.
 *
 * @param file the tests file, relative to the rules folder
 * @param line the line of the case's name, or 0 when it could not be found
 * @param request the evaluation request as JSON text, to be read like any other request
 * @param parameters values fixed for this case, by {@code AWARD.parameter}; empty for the rule set as loaded
 */
public record Scenario(String file, int line, String name, String request, Map<String, Object> parameters,
        List<Expectation> expectations) {

    public Scenario {
        parameters = Map.copyOf(parameters);
        expectations = List.copyOf(expectations);
    }

    /** Where the case is written: {@code awards/lao-dong-tien-tien.tests.yaml:42}. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * A decision the case expects. Only {@code award} is always required; {@code outcome} too unless
     * {@code absent}. Null fields are not checked.
     *
     * @param subject the subject id; null when the case has a single individual
     * @param criteria results expected for some of the decision's criteria
     * @param missingContains a fragment one {@code missing} text must contain, in Vietnamese or English
     * @param legalReviewPending criteria whose citation must be marked as awaiting legal review
     * @param instruments by criterion, the number of the instrument its citation must name first
     *        ({@code rules/instruments.yaml}); the criterion's citation must not await legal review
     *        unless the criterion is also listed in {@code legalReviewPending}
     * @param warnings warning codes the decision must carry
     * @param withoutWarnings warning codes the decision must not carry
     * @param authority a fragment of the conferring authority's name, in Vietnamese or English
     * @param authorityLegalReviewPending whether the authority must (true) or must not (false) await legal review
     * @param absent true when no decision may be emitted for this subject and award
     */
    public record Expectation(String subject, AwardCode award, Outcome outcome, Map<String, CriterionStatus> criteria,
            String missingContains, Boolean requiresCouncilJudgement, List<String> legalReviewPending,
            Map<String, String> instruments, List<String> warnings, List<String> withoutWarnings, String authority, Boolean authorityLegalReviewPending,
            Boolean absent) {

        public Expectation {
            criteria = criteria == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
            legalReviewPending = legalReviewPending == null ? List.of() : List.copyOf(legalReviewPending);
            instruments = instruments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            withoutWarnings = withoutWarnings == null ? List.of() : List.copyOf(withoutWarnings);
        }

        public boolean isAbsent() {
            return Boolean.TRUE.equals(absent);
        }
    }
}

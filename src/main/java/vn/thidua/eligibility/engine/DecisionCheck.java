package vn.thidua.eligibility.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;

/**
 * Compares one decision with what a scenario expects of it and writes each difference as a sentence:
 * who, which award and criterion, what was expected, what the engine decided and why.
 */
record DecisionCheck(String subject, Scenario.Expectation expected, EligibilityDecision decision,
        List<EligibilityDecision> all, List<String> failures) {

    void run() {
        String who = subject + ", " + expected.award();
        if (expected.isAbsent()) {
            if (decision != null) {
                failures.add(who + ": expected no decision to be emitted, but one was (" + decision.outcome() + ").");
            }
            return;
        }
        if (decision == null) {
            failures.add(who + ": expected " + expected.outcome() + ", but no decision was emitted (emitted: "
                    + all.stream().map(d -> d.subjectId() + " " + d.award()).collect(Collectors.joining(", ")) + ").");
            return;
        }
        if (decision.outcome() != expected.outcome()) {
            failures.add(who + ": expected " + expected.outcome() + ", but the decision is " + decision.outcome()
                    + blocking() + ".");
        }
        expected.criteria().forEach((id, result) -> criterion(who, id, result));
        if (expected.missingContains() != null && decision.missing().stream().noneMatch(this::containsFragment)) {
            failures.add(who + ": expected a missing item containing \"" + expected.missingContains() + "\", but missing is "
                    + decision.missing().stream().map(Text::en).toList() + ".");
        }
        if (expected.requiresCouncilJudgement() != null
                && expected.requiresCouncilJudgement() != decision.requiresCouncilJudgement()) {
            failures.add(who + ": expected requiresCouncilJudgement " + expected.requiresCouncilJudgement()
                    + ", but it is " + decision.requiresCouncilJudgement() + ".");
        }
        for (String id : expected.legalReviewPending()) {
            CriterionOutcome criterion = criterion(id);
            if (criterion == null || criterion.citation() == null || !"PENDING".equals(criterion.citation().legalReview())) {
                failures.add(who + ", criterion " + id + ": expected its citation to await legal review (PENDING), but "
                        + (criterion == null ? "the decision has no such criterion" : "its citation has no such mark")
                        + ".");
            }
        }
        expected.instruments().forEach((id, number) -> {
            CriterionOutcome criterion = criterion(id);
            String named = criterion == null || criterion.citation() == null || criterion.citation().instrument() == null ? null
                    : criterion.citation().instrument().number();
            if (!number.equals(named)) {
                failures.add(who + ", criterion " + id + ": expected its citation to name " + number + ", but "
                        + (criterion == null ? "the decision has no such criterion"
                                : "it cites \"" + criterion.citation().title() + "\"" + (named == null ? " (no instrument)" : " (" + named + ")"))
                        + ".");
            } else if (!expected.legalReviewPending().contains(id) && "PENDING".equals(criterion.citation().legalReview())) {
                failures.add(who + ", criterion " + id + ": expected its citation \"" + criterion.citation().title()
                        + "\" to be settled, but it awaits legal review (list it under legalReviewPending if it should).");
            }
        });
        List<String> codes = decision.warnings().stream().map(Warning::code).toList();
        for (String code : expected.warnings()) {
            if (!codes.contains(code)) {
                failures.add(who + ": expected the warning " + code + ", but the warnings are " + codes + ".");
            }
        }
        for (String code : expected.withoutWarnings()) {
            if (codes.contains(code)) {
                failures.add(who + ": expected no warning " + code + ", but the decision carries it (\""
                        + decision.warnings().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow().en()
                        + "\").");
            }
        }
        authority(who);
    }

    private void authority(String who) {
        Authority authority = decision.authority();
        if (expected.authority() != null && (authority == null
                || !authority.vi().contains(expected.authority()) && !authority.en().contains(expected.authority()))) {
            failures.add(who + ": expected the conferring authority to contain \"" + expected.authority() + "\", but it is "
                    + (authority == null ? "not named" : "\"" + authority.vi() + "\" (" + authority.en() + ")") + ".");
        }
        if (expected.authorityLegalReviewPending() != null) {
            boolean pending = authority != null && "PENDING".equals(authority.legalReview());
            if (pending != expected.authorityLegalReviewPending()) {
                failures.add(who + ": expected the conferring authority " + (pending ? "not " : "")
                        + "to await legal review (PENDING), but it " + (pending ? "does" : "does not")
                        + (authority == null ? " (no authority is named)" : "") + ".");
            }
        }
    }

    private void criterion(String who, String id, CriterionStatus result) {
        CriterionOutcome actual = criterion(id);
        if (actual == null) {
            failures.add(who + ", criterion " + id + ": expected " + result + ", but the decision has no such criterion (it has "
                    + decision.criteria().stream().map(CriterionOutcome::id).toList() + ").");
        } else if (actual.result() != result) {
            failures.add(who + ", criterion " + id + ": expected " + result + ", but it is " + actual.result()
                    + " (\"" + actual.explanation().en() + "\").");
        }
    }

    private CriterionOutcome criterion(String id) {
        return decision.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The criteria that kept the decision from ELIGIBLE, with their explanations. */
    private String blocking() {
        Map<String, String> blocking = decision.criteria().stream()
                .filter(c -> c.result() != CriterionStatus.MET && c.result() != CriterionStatus.JUDGEMENT)
                .collect(Collectors.toMap(CriterionOutcome::id, c -> c.result() + " (\"" + c.explanation().en() + "\")",
                        (a, b) -> a, LinkedHashMap::new));
        return blocking.isEmpty() ? " with every criterion met"
                : "; " + blocking.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining("; "));
    }

    private boolean containsFragment(Text text) {
        return text.vi().contains(expected.missingContains()) || text.en().contains(expected.missingContains());
    }
}

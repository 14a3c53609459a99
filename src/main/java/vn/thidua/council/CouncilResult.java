package vn.thidua.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Text;

/**
 * The council's result on one dossier, a decision of its own: the counts (never who voted how), the
 * percentage against the threshold and its comparison, the denominator by kind and number, the
 * quorum, who sat and who recused, the citation with its instrument, and the sentence in Vietnamese
 * and English. Stored whole as {@code council_ballot.result_json}. {@code posting} is set when the
 * dossier's list had not been posted long enough before the session (its text is among the warnings).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncilResult(
        String subjectId,
        SubjectKind subjectKind,
        String subjectName,
        String unit,
        AwardCode award,
        CouncilOutcome outcome,
        int agree,
        int disagree,
        int invalid,
        BigDecimal percent,
        BigDecimal threshold,
        VoteRule.Comparison comparison,
        VoteRule.Denominator denominatorKind,
        int denominator,
        int councilSize,
        int present,
        int absentWritten,
        int absent,
        List<String> recused,
        boolean recusedCounted,
        Quorum quorum,
        LocalDate votedOn,
        String ruleSetVersion,
        Citation citation,
        Text text,
        List<Text> warnings,
        Posting posting) {

    /** A result without a posting warning. */
    public CouncilResult(String subjectId, SubjectKind subjectKind, String subjectName, String unit, AwardCode award,
            CouncilOutcome outcome, int agree, int disagree, int invalid, BigDecimal percent, BigDecimal threshold,
            VoteRule.Comparison comparison, VoteRule.Denominator denominatorKind, int denominator, int councilSize, int present,
            int absentWritten, int absent, List<String> recused, boolean recusedCounted, Quorum quorum, LocalDate votedOn,
            String ruleSetVersion, Citation citation, Text text, List<Text> warnings) {
        this(subjectId, subjectKind, subjectName, unit, award, outcome, agree, disagree, invalid, percent, threshold, comparison,
                denominatorKind, denominator, councilSize, present, absentWritten, absent, recused, recusedCounted, quorum, votedOn,
                ruleSetVersion, citation, text, warnings, null);
    }

    /** The same result with more warnings (e.g. supervision opinions left unanswered), added after its own. */
    CouncilResult withWarnings(List<Text> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Text> all = new java.util.ArrayList<>(warnings == null ? List.of() : warnings);
        all.addAll(more);
        return new CouncilResult(subjectId, subjectKind, subjectName, unit, award, outcome, agree, disagree, invalid, percent,
                threshold, comparison, denominatorKind, denominator, councilSize, present, absentWritten, absent, recused,
                recusedCounted, quorum, votedOn, ruleSetVersion, citation, text, List.copyOf(all), posting);
    }

    /** The same result with a posting warning, its text added to the warnings. */
    CouncilResult withPosting(Posting notice, Text warning) {
        List<Text> more = new java.util.ArrayList<>(warnings == null ? List.of() : warnings);
        more.add(warning);
        return new CouncilResult(subjectId, subjectKind, subjectName, unit, award, outcome, agree, disagree, invalid, percent,
                threshold, comparison, denominatorKind, denominator, councilSize, present, absentWritten, absent, recused,
                recusedCounted, quorum, votedOn, ruleSetVersion, citation, text, List.copyOf(more), notice);
    }

    /** The quorum asked (share of all members present in person; 0 = none), the members it needed and whether it held. */
    public record Quorum(BigDecimal percent, int required, int present, boolean met) {
    }
}

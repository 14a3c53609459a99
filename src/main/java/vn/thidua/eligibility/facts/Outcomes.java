package vn.thidua.eligibility.facts;

import java.util.Map;

/**
 * What a rule's consequence may do: record the result of the criterion named in the rule's
 * {@code @criterion} metadata for a proposal, with the facts it used. A rule named
 * "X met: ..." calls {@link #met}; a rule named "X not met: ..." calls {@link #notMet},
 * {@link #needs} or {@link #judgement}. Text is rendered elsewhere from the facts.
 */
public interface Outcomes {

    /** The criterion is met. */
    void met(Proposal proposal, Map<String, Object> facts);

    /** The criterion is met; {@code variant} picks the explanation for this path ("HTXSNV"). */
    void met(Proposal proposal, String variant, Map<String, Object> facts);

    /** The criterion is not met: waiting will not change it. */
    void notMet(Proposal proposal, Map<String, Object> facts);

    /** The criterion is not met; {@code variant} picks the explanation. */
    void notMet(Proposal proposal, String variant, Map<String, Object> facts);

    /** A fact or document the criterion needs is missing; the decision becomes INCOMPLETE. */
    void needs(Proposal proposal, Map<String, Object> facts);

    /** A fact or document is missing; {@code variant} picks the explanation. */
    void needs(Proposal proposal, String variant, Map<String, Object> facts);

    /**
     * Raises the warning named in the rule's {@code @warning} metadata on the proposal's decision: a
     * contradiction in the data or a point for the council. Warnings never change an outcome.
     */
    void warn(Proposal proposal, Map<String, Object> facts);

    /** Only the council can decide the criterion. */
    void judgement(Proposal proposal, Map<String, Object> facts);

    /** Only the council can decide the criterion; {@code variant} picks the explanation. */
    void judgement(Proposal proposal, String variant, Map<String, Object> facts);
}

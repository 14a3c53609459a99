package vn.thidua.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a criterion comes from: law, article, clause and point, and a link to a source. {@code
 * legalReview} is "PENDING" for criteria docs/law.md marks as not yet verified. {@code instrument} is
 * the instrument of {@code rules/instruments.yaml} the title names first, with its dates; null for a
 * rule set stored before that table existed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String title, String href, String legalReview, Instrument instrument) {

    public Citation(String title, String href, String legalReview) {
        this(title, href, legalReview, null);
    }

    /** The same citation carrying its instrument. */
    public Citation withInstrument(Instrument named) {
        return new Citation(title, href, legalReview, named);
    }
}

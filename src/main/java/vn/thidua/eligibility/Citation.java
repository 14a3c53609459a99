package vn.thidua.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a criterion comes from: law, article, clause and point, and a link to a source. {@code
 * legalReview} is "PENDING" for criteria docs/law.md marks as not yet verified.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(String title, String href, String legalReview) {
}

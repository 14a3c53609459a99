package vn.thidua.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who confers an award for the subject's kind of unit on the decision date, with its legal basis;
 * {@code legalReview} is "PENDING" where the law leaves the authority to a text not yet known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Authority(String vi, String en, String citation, String legalReview) {
}

package vn.thidua.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The money that goes with an award on a decision date ({@code rules/bonus.yaml}): the coefficient
 * of the base salary with the date it holds from, its reference and review status, the base salary
 * (đồng a month) likewise, and the rounding of their product to whole đồng.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bonus(BigDecimal coefficient, LocalDate coefficientSince, String coefficientReference, String coefficientReview,
        long baseSalary, LocalDate baseSalarySince, String baseSalaryReference, String baseSalaryReview, RoundingMode rounding) {

    /** Coefficient × base salary, rounded to whole đồng as the rule set says. */
    public long amount() {
        return coefficient.multiply(BigDecimal.valueOf(baseSalary)).setScale(0, rounding).longValueExact();
    }
}

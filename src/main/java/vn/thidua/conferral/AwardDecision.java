package vn.thidua.conferral;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * A draft decision of one deciding authority on a run's approved dossiers, never changed once
 * written: the authority with its citation, the decision date it was drafted for, the base salary
 * in force then with its reference, the entries (numbered from 1 in each group when printed) and
 * the total bonus; {@code signature} is null until the signed decision is recorded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwardDecision(long id, long runId, String authorityVi, String authorityEn, String authorityCitation,
        String authorityReview, LocalDate draftedOn, long baseSalary, String baseSalaryReference, long totalBonus, String draftedBy,
        Instant draftedAt, List<Entry> entries, Signature signature) {

    /** One subject and award of the decision, from the ballot that approved it, with its bonus. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int seq, SubjectKind group, String subjectId, String subjectName, String unitCode, String unitName,
            AwardCode award, int awardYear, long sessionId, int ballotSeq, BigDecimal bonusCoefficient, long bonusAmount,
            String bonusReference) {
    }

    /** The signed decision as recorded: its number, the date signed, who signed it, and who recorded it when. */
    public record Signature(String decisionNumber, LocalDate signedOn, String signer, String recordedBy, Instant recordedAt) {
    }

    public boolean signed() {
        return signature != null;
    }

    /** The entries of one group (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH), in their order. */
    public List<Entry> group(SubjectKind kind) {
        return entries.stream().filter(e -> e.group() == kind).toList();
    }
}

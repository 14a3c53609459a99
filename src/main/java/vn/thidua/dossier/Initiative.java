package vn.thidua.dossier;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An initiative (sáng kiến); it counts for the year in its {@code year} field, and only once its
 * recognition is recorded (docs/request-and-result.md §6.1.4).
 */
public record Initiative(@Required String id, String title, @Required @Range(min = 1945, max = 2200) Integer year,
        @Required Scope scope, String recognizedBy, LocalDate recognitionDate, Boolean applied) {

    public boolean isApplied() {
        return Boolean.TRUE.equals(applied);
    }

    /**
     * The recognition decision is recorded: who recognised it and when. The law's initiative is one
     * "được cấp có thẩm quyền công nhận" (Luật Thi đua, khen thưởng, Điều 3 khoản 4).
     */
    @JsonIgnore // a reading of the fields, not a field of the request: a request written back is read again
    public boolean isRecognized() {
        return recognizedBy != null && !recognizedBy.isBlank() && recognitionDate != null;
    }
}

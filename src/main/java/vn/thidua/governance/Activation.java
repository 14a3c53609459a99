package vn.thidua.governance;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change of the active rule set: {@code START} (the rules folder at the first start of an
 * empty database), {@code ACTIVATE} (a draft, with its acknowledged impact report) or
 * {@code ROLLBACK} (back to a version that was active before), with who, when and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activation(long id, Kind kind, String version, String previousVersion, Long impactReportId,
        Instant activatedAt, String activatedBy, String reason) {

    /** How a version became active. */
    public enum Kind {
        START, ACTIVATE, ROLLBACK
    }
}

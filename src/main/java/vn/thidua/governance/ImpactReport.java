package vn.thidua.governance;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a draft rule set would change, computed on one set of inputs (a stored run's request, or a
 * request file): per award, who becomes eligible, who stops being eligible and through which
 * criterion, other outcome changes, and how the priority-group shares move. {@code baseVersion} is
 * the version that was active when the report was made: activation is refused once another version
 * is active, because the report no longer describes the change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "draftVersion", "baseVersion", "baseRunId", "source", "createdAt", "createdBy", "subjects",
        "decisionsBefore", "decisionsAfter", "gained", "lost", "changed", "millis", "awards", "acknowledgement"})
public record ImpactReport(
        Long id,
        String draftVersion,
        String baseVersion,
        Long baseRunId,
        String source,
        Instant createdAt,
        String createdBy,
        int subjects,
        int decisionsBefore,
        int decisionsAfter,
        int gained,
        int lost,
        int changed,
        long millis,
        List<AwardImpact> awards,
        Acknowledgement acknowledgement) {

    /** Who read the report and agreed to its consequences, and when. */
    public record Acknowledgement(Instant at, String by, String note) {
    }

    ImpactReport withId(long reportId) {
        return new ImpactReport(reportId, draftVersion, baseVersion, baseRunId, source, createdAt, createdBy, subjects,
                decisionsBefore, decisionsAfter, gained, lost, changed, millis, awards, acknowledgement);
    }

    ImpactReport withAcknowledgement(Acknowledgement ack) {
        return new ImpactReport(id, draftVersion, baseVersion, baseRunId, source, createdAt, createdBy, subjects,
                decisionsBefore, decisionsAfter, gained, lost, changed, millis, awards, ack);
    }
}

package vn.thidua.scheduling;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.dossier.Required;

/**
 * The body of {@code POST /api/schedules/from-evaluation/{runId}}: the council and its sessions,
 * which an evaluation does not know. The dossiers come from the run. {@code deadline}, when given,
 * is every dossier's deadline; otherwise each award's comes from {@code rules/scheduling/review.yaml}.
 */
public record EvaluationScheduling(
        @Required Council council,
        @Required List<CouncilMember> members,
        @Required List<ReviewSession> sessions,
        LocalDate deadline) {
}

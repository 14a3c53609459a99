package vn.thidua.scheduling;

import java.util.List;

import vn.thidua.dossier.Range;
import vn.thidua.dossier.Required;

/**
 * A scheduling request (docs/request-and-result.md §4), validated and immutable. Lists are never
 * null: an absent list is empty.
 */
public record SchedulingRequest(
        @Required @Range(min = 1, max = 1) Integer schemaVersion,
        @Required Council council,
        List<CouncilMember> members,
        List<ReviewSession> sessions,
        List<ReviewDossier> dossiers) {

    public SchedulingRequest {
        members = members == null ? List.of() : List.copyOf(members);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
    }

    /**
     * Members who must be present for a session to review a dossier: ceil(quorumPercent × council
     * size / 100), the council being every member of the request (docs/request-and-result.md §6).
     */
    public int quorum() {
        return council.quorum(members.size());
    }
}

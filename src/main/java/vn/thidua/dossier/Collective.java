package vn.thidua.dossier;

import java.util.List;

/** A collective candidate; {@code members} are ids of individuals in the same request. */
public record Collective(
        @Required String id,
        @Required String name,
        @Required String unit,
        List<Rating> ratings,
        List<Attestation> attestations,
        List<String> members,
        MemberSummary memberSummary,
        List<Title> titles,
        List<Commendation> commendations,
        List<Proceeding> pendingProceedings,
        List<AwardCode> proposedAwards) {

    public Collective {
        ratings = Lists.of(ratings);
        attestations = Lists.of(attestations);
        members = members == null ? null : List.copyOf(members);
        titles = Lists.of(titles);
        commendations = Lists.of(commendations);
        pendingProceedings = Lists.of(pendingProceedings);
        proposedAwards = proposedAwards == null ? null : List.copyOf(proposedAwards);
    }
}

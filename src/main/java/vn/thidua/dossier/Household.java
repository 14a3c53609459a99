package vn.thidua.dossier;

import java.util.List;

/** A household candidate. */
public record Household(
        @Required String id,
        @Required String unit,
        String headName,
        Boolean ethnicMinority,
        List<HouseholdMember> members,
        List<Attestation> attestations,
        List<Contribution> contributions,
        List<Title> titles,
        List<Commendation> commendations,
        List<AwardCode> proposedAwards) {

    public Household {
        members = Lists.of(members);
        attestations = Lists.of(attestations);
        contributions = Lists.of(contributions);
        titles = Lists.of(titles);
        commendations = Lists.of(commendations);
        proposedAwards = proposedAwards == null ? null : List.copyOf(proposedAwards);
    }
}

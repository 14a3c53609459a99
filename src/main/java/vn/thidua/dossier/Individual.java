package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;

/** An individual candidate and the evidence submitted for them. */
public record Individual(
        @Required String id,
        @Required String fullName,
        @Required String unit,
        Gender gender,
        @Range(min = 1900, max = 2200) Integer birthYear,
        String ethnicity,
        Boolean ethnicMinority,
        SubjectType subjectType,
        Occupation occupation,
        Boolean directProducer,
        Boolean leader,
        LocalDate recruitmentDate,
        List<Rating> ratings,
        List<Attestation> attestations,
        List<Leave> leaves,
        List<Transfer> transfers,
        List<Discipline> disciplines,
        List<Proceeding> pendingProceedings,
        List<AdminSanction> adminSanctions,
        List<Initiative> initiatives,
        List<ScienceWork> scienceWorks,
        List<Title> titles,
        List<Commendation> commendations,
        List<AwardCode> proposedAwards) {

    public Individual {
        ratings = Lists.of(ratings);
        attestations = Lists.of(attestations);
        leaves = Lists.of(leaves);
        transfers = Lists.of(transfers);
        disciplines = Lists.of(disciplines);
        pendingProceedings = Lists.of(pendingProceedings);
        adminSanctions = Lists.of(adminSanctions);
        initiatives = Lists.of(initiatives);
        scienceWorks = Lists.of(scienceWorks);
        titles = Lists.of(titles);
        commendations = Lists.of(commendations);
        proposedAwards = proposedAwards == null ? null : List.copyOf(proposedAwards);
    }
}

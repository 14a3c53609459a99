package vn.thidua.council;

import java.util.List;

/**
 * A session as the secretariat records it (docs/operations.md §11): when and where, the council,
 * every member with attendance, chair and secretary by member id, and per dossier reviewed the
 * secret-ballot counts with any recusal besides those the policy computes. Codes (award, attendance)
 * are texts here so that a wrong one is answered as a field error, not as an unreadable document.
 */
public record SessionInput(
        Long scheduleId,
        String scheduleSession,
        Long supersedes,
        String heldOn,
        String startsAt,
        String place,
        String councilName,
        String chair,
        String secretary,
        String note,
        List<Member> members,
        List<Ballot> ballots) {

    /** A member of the council. {@code personId} is the member's own subject id, if the member is also a candidate. */
    public record Member(String id, String name, String position, String unit, String personId, String attendance) {
    }

    /** The counts for one dossier (subject and award); {@code recused}: member ids recusing besides the policy's. */
    public record Ballot(String subjectId, String award, Integer agree, Integer disagree, Integer invalid, List<String> recused) {
    }

    public SessionInput {
        members = members == null ? List.of() : members;
        ballots = ballots == null ? List.of() : ballots;
    }
}

package vn.thidua.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.eligibility.Text;

/**
 * A recorded session, as read back: its members in the order recorded and each dossier's result.
 * {@code supersededBy} names the later session that corrects it (its results no longer count);
 * {@code warnings} are the results' warnings, for the whole session.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncilSession(
        long id,
        long runId,
        Long scheduleId,
        String scheduleSession,
        Long supersedes,
        Long supersededBy,
        LocalDate heldOn,
        String startsAt,
        String place,
        String councilName,
        int councilSize,
        String chair,
        String secretary,
        String note,
        String recordedBy,
        Instant recordedAt,
        List<Member> members,
        List<CouncilResult> results,
        List<Text> warnings) {

    /** A member as recorded. */
    public record Member(String id, String name, String position, String unit, String personId, Attendance attendance) {
    }

    /** The member with this id, or null. */
    public Member member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst().orElse(null);
    }
}

package vn.thidua.scheduling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.ScheduleResult.Unassigned;

/**
 * Why a dossier ended unassigned, worked out from the request and the final assignments alone,
 * without the solver or its constraints: the first rule that rules out every session is the reason.
 */
final class UnassignedReasons {

    private final SchedulingRequest request;
    private final Map<String, CouncilMember> members = new HashMap<>();
    private final Map<String, Integer> loads = new HashMap<>();

    private UnassignedReasons(SchedulingRequest request, List<Assignment> assignments) {
        this.request = request;
        request.members().forEach(member -> members.put(member.id(), member));
        Map<String, Integer> minutes = request.dossiers().stream()
                .collect(Collectors.toMap(ReviewDossier::id, ReviewDossier::minutes));
        assignments.forEach(a -> loads.merge(a.session(), minutes.get(a.dossier()), Integer::sum));
    }

    /** Every dossier of the request that no assignment places, in the request's order, each with its reason. */
    static List<Unassigned> of(SchedulingRequest request, List<Assignment> assignments) {
        UnassignedReasons reasons = new UnassignedReasons(request, assignments);
        Set<String> placed = new HashSet<>();
        assignments.forEach(a -> placed.add(a.dossier()));
        return request.dossiers().stream().filter(d -> !placed.contains(d.id())).map(reasons::reason).toList();
    }

    private Unassigned reason(ReviewDossier dossier) {
        List<ReviewSession> byDeadline = sessions(s -> !s.start().toLocalDate().isAfter(dossier.deadline()), request.sessions());
        if (byDeadline.isEmpty()) {
            return new Unassigned(dossier.id(), "hạn chót " + dossier.deadline() + " trước mọi phiên họp",
                    "deadline " + dossier.deadline() + " is before every session");
        }
        int quorum = request.quorum();
        List<ReviewSession> withQuorum = sessions(s -> reviewers(s, dossier) >= quorum, byDeadline);
        if (withQuorum.isEmpty()) {
            return noQuorum(dossier, byDeadline, quorum);
        }
        List<ReviewSession> longEnough = sessions(s -> s.minutes() >= dossier.minutes(), withQuorum);
        if (longEnough.isEmpty()) {
            return new Unassigned(dossier.id(), "hồ sơ cần " + dossier.minutes() + " phút, dài hơn mọi phiên có thể xét",
                    "the dossier needs " + dossier.minutes() + " minutes, more than any session that could review it");
        }
        List<ReviewSession> withRoom = sessions(s -> s.minutes() - loads.getOrDefault(s.id(), 0) >= dossier.minutes(), longEnough);
        if (withRoom.isEmpty()) {
            String full = ids(longEnough);
            return new Unassigned(dossier.id(), "không phiên nào còn đủ thời gian (các phiên có thể xét " + full + " đã kín)",
                    "no session has time left (the sessions that could review it, " + full + ", are full)");
        }
        String open = ids(withRoom);
        return new Unassigned(dossier.id(), "bộ giải dừng trước khi xếp được hồ sơ này; phiên còn chỗ: " + open,
                "the solver stopped before placing this dossier; sessions with room: " + open);
    }

    private Unassigned noQuorum(ReviewDossier dossier, List<ReviewSession> byDeadline, int quorum) {
        if (byDeadline.stream().allMatch(s -> s.availableMembers().size() < quorum)) {
            return new Unassigned(dossier.id(), "không phiên nào đến hạn chót " + dossier.deadline() + " có đủ túc số "
                    + quorum + " thành viên", "no session by the deadline " + dossier.deadline() + " has a quorum of "
                    + quorum + " members");
        }
        boolean ownDossier = members.values().stream().anyMatch(m -> dossier.subjectId().equals(m.personId()));
        return new Unassigned(dossier.id(), "không phiên nào đủ túc số " + quorum + " sau khi thành viên cùng đơn vị "
                + dossier.unit() + (ownDossier ? " và thành viên là người được đề nghị" : "") + " rút lui",
                "no session reaches the quorum of " + quorum + " once the members of unit " + dossier.unit()
                + (ownDossier ? " and the member who is the candidate" : "") + " recuse");
    }

    private int reviewers(ReviewSession session, ReviewDossier dossier) {
        int reviewers = 0;
        for (String id : session.availableMembers()) {
            if (!members.get(id).recusesFrom(dossier)) {
                reviewers++;
            }
        }
        return reviewers;
    }

    private static List<ReviewSession> sessions(Predicate<ReviewSession> test, List<ReviewSession> from) {
        return from.stream().filter(test).toList();
    }

    private static String ids(List<ReviewSession> sessions) {
        return sessions.stream().map(ReviewSession::id).collect(Collectors.joining(", "));
    }
}

package vn.thidua.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.scheduling.ScheduleResult.Assignment;
import vn.thidua.scheduling.ScheduleResult.Unassigned;

/**
 * Checks a scheduling result against its request with the rules of docs/request-and-result.md §4.3 written out again in
 * plain Java, sharing nothing with the solver, its constraints or the recusal code: so a scoring bug
 * cannot pass its own test. Returns every problem found, in words; none for a correct result.
 */
public final class ScheduleChecker {

    private final SchedulingRequest request;
    private final Map<String, CouncilMember> members = new HashMap<>();
    private final Map<String, ReviewSession> sessions = new HashMap<>();
    private final Map<String, ReviewDossier> dossiers = new HashMap<>();
    private final int quorum;

    private ScheduleChecker(SchedulingRequest request) {
        this.request = request;
        request.members().forEach(m -> members.put(m.id(), m));
        request.sessions().forEach(s -> sessions.put(s.id(), s));
        request.dossiers().forEach(d -> dossiers.put(d.id(), d));
        // ceil(quorumPercent × council size / 100), computed in floating point on purpose: another way than the code's.
        this.quorum = (int) Math.ceil(request.council().quorumPercent() * request.members().size() / 100.0 - 1e-9);
    }

    /** Every problem of the result, or an empty list. */
    public static List<String> problems(SchedulingRequest request, ScheduleResult result) {
        return new ScheduleChecker(request).check(result);
    }

    private List<String> check(ScheduleResult result) {
        List<String> problems = new ArrayList<>();
        List<String> hard = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> load = new HashMap<>();
        for (Assignment a : result.assignments()) {
            ReviewDossier d = dossiers.get(a.dossier());
            ReviewSession s = sessions.get(a.session());
            if (d == null || s == null) {
                problems.add("assignment of unknown dossier or session: " + a);
                continue;
            }
            if (!seen.add(d.id())) {
                problems.add(d.id() + " is listed twice");
            }
            load.merge(s.id(), d.minutes(), Integer::sum);
            if (s.start().toLocalDate().isAfter(d.deadline())) {
                hard.add(d.id() + " sits in " + s.id() + " on " + s.start().toLocalDate() + ", after its deadline " + d.deadline());
            }
            List<String> recused = recused(s, d);
            if (s.availableMembers().size() - recused.size() < quorum) {
                hard.add(d.id() + " in " + s.id() + " has " + (s.availableMembers().size() - recused.size())
                        + " reviewers, below the quorum of " + quorum);
            }
            if (!new HashSet<>(a.recused()).equals(new HashSet<>(recused)) || a.recused().size() != recused.size()) {
                problems.add(d.id() + " in " + s.id() + " lists recused " + a.recused() + ", expected " + recused);
            }
        }
        load.forEach((id, minutes) -> {
            if (minutes > sessions.get(id).minutes()) {
                hard.add(id + " holds " + minutes + " minutes of dossiers in " + sessions.get(id).minutes());
            }
        });
        for (Unassigned u : result.unassigned()) {
            ReviewDossier d = dossiers.get(u.dossier());
            if (d == null || !seen.add(d.id())) {
                problems.add("unassigned entry for an unknown or already listed dossier: " + u.dossier());
            } else {
                String wrong = checkReason(d, u.reason(), load);
                if (wrong != null) {
                    problems.add(d.id() + ": reason \"" + u.reason() + "\" " + wrong);
                }
            }
        }
        for (ReviewDossier d : request.dossiers()) {
            if (!seen.contains(d.id())) {
                problems.add(d.id() + " is neither assigned nor listed as unassigned");
            }
        }
        problems.addAll(hard);
        if (result.feasible() != hard.isEmpty()) {
            problems.add("feasible is " + result.feasible() + " but " + hard.size() + " hard rules are broken");
        }
        return problems;
    }

    /** Null when the reason holds for this dossier; otherwise what is wrong with it. */
    private String checkReason(ReviewDossier d, String reason, Map<String, Integer> load) {
        List<ReviewSession> byDeadline = request.sessions().stream()
                .filter(s -> s.start().toLocalDate().compareTo(d.deadline()) <= 0).toList();
        List<ReviewSession> valid = byDeadline.stream()
                .filter(s -> s.availableMembers().size() - recused(s, d).size() >= quorum).toList();
        if (reason.equals("hạn chót " + d.deadline() + " trước mọi phiên họp")) {
            return byDeadline.isEmpty() ? null : "but " + byDeadline.get(0).id() + " is on or before the deadline";
        }
        if (reason.startsWith("không phiên nào") && reason.contains("túc số")) {
            return valid.isEmpty() ? null : "but " + valid.get(0).id() + " reaches the quorum by the deadline";
        }
        if (reason.startsWith("hồ sơ cần " + d.minutes() + " phút")) {
            return valid.stream().allMatch(s -> s.minutes() < d.minutes()) ? null : "but a valid session is long enough";
        }
        if (reason.startsWith("không phiên nào còn đủ thời gian")) {
            return valid.stream().allMatch(s -> s.minutes() - load.getOrDefault(s.id(), 0) < d.minutes()) ? null
                    : "but a valid session has room left";
        }
        if (reason.startsWith("bộ giải dừng trước khi xếp được hồ sơ này; phiên còn chỗ: ")) {
            // Honest, if not good: the solve ended before it placed a dossier that fits. Every session named must fit it.
            List<String> named = List.of(reason.substring(reason.indexOf(": ") + 2).split(", "));
            return named.stream().allMatch(id -> valid.contains(sessions.get(id))
                    && sessions.get(id).minutes() - load.getOrDefault(id, 0) >= d.minutes()) ? null
                    : "but not every session it names is valid with room left";
        }
        return "is not one this checker can verify";
    }

    private List<String> recused(ReviewSession s, ReviewDossier d) {
        List<String> recused = new ArrayList<>();
        for (String id : s.availableMembers()) {
            CouncilMember m = members.get(id);
            boolean ownUnit = m.unit().equals(d.unit());
            boolean ownDossier = m.personId() != null && m.personId().equals(d.subjectId());
            if (ownUnit || ownDossier) {
                recused.add(id);
            }
        }
        return recused;
    }
}

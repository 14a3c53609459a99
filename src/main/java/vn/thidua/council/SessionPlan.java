package vn.thidua.council;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.FieldError;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.scheduling.EvaluationDossiers;
import vn.thidua.scheduling.Recusal;

/**
 * Checks a session against its run and counts each dossier's vote: every problem is collected with
 * the JSON path of its field, and a session with any problem yields nothing to store. Recusals are
 * the scheduling policy's ({@link Recusal}: own unit, own dossier) plus those the secretariat names.
 */
final class SessionPlan {

    /** A session ready to store: its date, members in order and each dossier's result. */
    record Planned(LocalDate heldOn, List<CouncilSession.Member> members, List<CouncilResult> results) {
    }

    private static final int NAME = 200;
    private static final int TEXT = 300;

    private SessionPlan() {
    }

    /**
     * @param rules the vote rule of an award on a date, with a warning when it came from another rule set than the run's
     */
    static Planned check(SessionInput in, RunDossiers run, BiFunction<AwardCode, LocalDate, Optional<Ruled>> rules,
            List<FieldError> errors) {
        LocalDate heldOn = date(in.heldOn(), errors);
        required("place", in.place(), TEXT, errors);
        required("councilName", in.councilName(), TEXT, errors);
        if (in.startsAt() != null && !in.startsAt().isBlank() && !in.startsAt().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            errors.add(new FieldError("startsAt", "\"" + in.startsAt() + "\" is not a time of day as HH:mm, e.g. 08:00"));
        }
        if (in.note() != null && in.note().length() > 2000) {
            errors.add(new FieldError("note", "is longer than 2000 characters"));
        }
        List<CouncilSession.Member> members = members(in.members(), errors);
        Map<String, CouncilSession.Member> byId = new HashMap<>();
        members.forEach(m -> byId.putIfAbsent(m.id(), m));
        officer("chair", in.chair(), byId, errors);
        officer("secretary", in.secretary(), byId, errors);
        if (in.ballots().isEmpty()) {
            errors.add(new FieldError("ballots", "a session records the ballot of at least one dossier"));
        }
        List<CouncilResult> results = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < in.ballots().size(); i++) {
            CouncilResult result = ballot("ballots[" + i + "]", in.ballots().get(i), members, byId, run, heldOn, rules, seen, errors);
            if (result != null) {
                results.add(result);
            }
        }
        return new Planned(heldOn, members, results);
    }

    /** A vote rule and, when it is not the run's rule set's, why. */
    record Ruled(VoteRule rule, Text warning) {
    }

    private static CouncilResult ballot(String at, SessionInput.Ballot b, List<CouncilSession.Member> members,
            Map<String, CouncilSession.Member> byId, RunDossiers run, LocalDate heldOn,
            BiFunction<AwardCode, LocalDate, Optional<Ruled>> rules, Set<String> seen, List<FieldError> errors) {
        if (b == null) {
            errors.add(new FieldError(at, "is empty"));
            return null;
        }
        int before = errors.size();
        AwardCode award = award(at + ".award", b.award(), errors);
        if (b.subjectId() == null || b.subjectId().isBlank()) {
            errors.add(new FieldError(at + ".subjectId", "is required"));
        }
        int agree = count(at + ".agree", b.agree(), errors);
        int disagree = count(at + ".disagree", b.disagree(), errors);
        int invalid = count(at + ".invalid", b.invalid(), errors);
        if (award == null || b.subjectId() == null || b.subjectId().isBlank()) {
            return null;
        }
        if (!seen.add(b.subjectId() + "/" + award)) {
            errors.add(new FieldError(at, "the dossier " + b.subjectId() + " / " + award + " is recorded twice in this session"));
            return null;
        }
        EligibilityDecision decision = run.decision(b.subjectId(), award);
        if (decision == null) {
            errors.add(new FieldError(at, "the run has no dossier " + b.subjectId() + " / " + award));
            return null;
        }
        if (!EvaluationDossiers.forTheCouncil(decision)) {
            errors.add(new FieldError(at, "the dossier " + b.subjectId() + " / " + award + " was decided " + decision.outcome()
                    + (decision.outcome() == Outcome.INCOMPLETE ? " for missing evidence, not only for the council's judgement" : "")
                    + ": it is not the council's to vote on"));
            return null;
        }
        RunDossiers.Subject subject = run.subject(b.subjectId());
        Set<String> recused = new LinkedHashSet<>();
        for (CouncilSession.Member m : members) {
            if (m.unit() != null && subject.unit() != null && Recusal.applies(m.unit(), m.personId(), subject.unit(), b.subjectId())
                    || m.personId() != null && m.personId().equals(b.subjectId())) {
                recused.add(m.id());
            }
        }
        List<String> named = b.recused() == null ? List.of() : b.recused();
        for (int r = 0; r < named.size(); r++) {
            if (!byId.containsKey(named.get(r))) {
                errors.add(new FieldError(at + ".recused[" + r + "]", "\"" + named.get(r) + "\" is not a member of this session"));
            }
        }
        List<String> recusedInOrder = members.stream().map(CouncilSession.Member::id)
                .filter(id -> recused.contains(id) || named.contains(id)).distinct().toList();
        int present = (int) members.stream().filter(m -> m.attendance() == Attendance.PRESENT).count();
        int written = (int) members.stream().filter(m -> m.attendance() == Attendance.ABSENT_WRITTEN).count();
        int recusedVoting = (int) members.stream().filter(m -> m.attendance().votes() && recusedInOrder.contains(m.id())).count();
        int voters = present + written - recusedVoting;
        if (agree + disagree + invalid > voters) {
            errors.add(new FieldError(at, (agree + disagree + invalid) + " ballots (agree " + agree + ", disagree " + disagree
                    + ", invalid " + invalid + ") exceed the " + voters + " members who may vote on " + b.subjectId() + " / " + award
                    + " (present " + present + ", in writing " + written + ", recused " + recusedVoting + ")"));
        }
        if (heldOn == null || errors.size() > before) {
            return null;
        }
        Optional<Ruled> ruled = rules.apply(award, heldOn);
        if (ruled.isEmpty()) {
            errors.add(new FieldError(at + ".award", "no vote rule for " + award + " is in force on " + heldOn + " (parameters "
                    + String.join(", ", VoteRules.names()) + " of its params.yaml)"));
            return null;
        }
        VoteRule rule = ruled.get().rule();
        CouncilVote.Count count = CouncilVote.count(rule, new CouncilVote.Tally(members.size(), present, written,
                recusedInOrder.size(), recusedVoting, agree));
        List<Text> warnings = new ArrayList<>();
        if (ruled.get().warning() != null) {
            warnings.add(ruled.get().warning());
        }
        if (run.leftOutUnderQuota(b.subjectId(), award)) {
            warnings.add(new Text("Hồ sơ " + b.subjectId() + " (" + award + ") không được chọn trong chỉ tiêu khi xếp hạng của lần đánh giá",
                    "The dossier " + b.subjectId() + " (" + award + ") was not selected under the quota by the run's ranking"));
        }
        if (rule.pending()) {
            warnings.add(new Text("Ngưỡng biểu quyết đang chờ rà soát pháp lý", "The vote threshold awaits legal review"));
        }
        return new CouncilResult(b.subjectId(), decision.subjectKind(), subject.name(), subject.unit(), award,
                count.approved() ? CouncilOutcome.APPROVED : CouncilOutcome.NOT_APPROVED, agree, disagree, invalid, count.percent(),
                rule.percent(), rule.comparison(), rule.denominator(), count.denominator(), members.size(), present, written,
                members.size() - present - written, recusedInOrder, rule.recusedCounted(),
                new CouncilResult.Quorum(rule.quorumPercent(), count.quorumRequired(), present, count.quorumMet()), heldOn,
                rule.ruleSetVersion(), rule.citation(), ResultTexts.of(rule, count, agree, count.approved()), List.copyOf(warnings));
    }

    private static List<CouncilSession.Member> members(List<SessionInput.Member> in, List<FieldError> errors) {
        if (in.isEmpty()) {
            errors.add(new FieldError("members", "list every member of the council, absent ones too"));
        }
        List<CouncilSession.Member> members = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            SessionInput.Member m = in.get(i);
            String at = "members[" + i + "]";
            if (m == null) {
                errors.add(new FieldError(at, "is empty"));
                continue;
            }
            boolean ok = required(at + ".id", m.id(), 100, errors) & required(at + ".name", m.name(), NAME, errors);
            longest(at + ".position", m.position(), TEXT, errors);
            longest(at + ".unit", m.unit(), NAME, errors);
            longest(at + ".personId", m.personId(), NAME, errors);
            Attendance attendance = attendance(at + ".attendance", m.attendance(), errors);
            if (m.id() != null && first.containsKey(m.id())) {
                errors.add(new FieldError(at + ".id", "member " + m.id() + " is recorded twice (also members[" + first.get(m.id()) + "])"));
                ok = false;
            } else if (m.id() != null) {
                first.put(m.id(), i);
            }
            if (ok && attendance != null) {
                members.add(new CouncilSession.Member(m.id(), m.name().strip(), blank(m.position()), blank(m.unit()),
                        blank(m.personId()), attendance));
            }
        }
        return members;
    }

    private static void officer(String field, String id, Map<String, CouncilSession.Member> byId, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new FieldError(field, "is required: the member id of the " + field));
        } else if (!byId.containsKey(id)) {
            errors.add(new FieldError(field, "\"" + id + "\" is not a member of this session"));
        } else if (byId.get(id).attendance() != Attendance.PRESENT) {
            errors.add(new FieldError(field, "\"" + id + "\" is recorded " + byId.get(id).attendance() + "; the " + field
                    + " must be present"));
        }
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("heldOn", "is required: the date of the session, YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("heldOn", "\"" + text + "\" is not a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static AwardCode award(String at, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(at, "is required"));
            return null;
        }
        try {
            return AwardCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at, "unknown award \"" + code + "\""));
            return null;
        }
    }

    private static Attendance attendance(String at, String code, List<FieldError> errors) {
        try {
            return Attendance.valueOf(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(at, (code == null ? "is required" : "unknown value \"" + code + "\"")
                    + "; expected PRESENT, ABSENT_WRITTEN or ABSENT"));
            return null;
        }
    }

    private static int count(String at, Integer value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(at, "is required (0 when none)"));
            return 0;
        }
        if (value < 0) {
            errors.add(new FieldError(at, "is " + value + "; a count cannot be negative"));
            return 0;
        }
        return value;
    }

    private static boolean required(String at, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(at, "is required"));
            return false;
        }
        return longest(at, value, max, errors);
    }

    private static boolean longest(String at, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(at, "is longer than " + max + " characters"));
            return false;
        }
        return true;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package vn.thidua.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.thidua.dossier.AwardCode;
import vn.thidua.scheduling.Council;
import vn.thidua.scheduling.CouncilMember;
import vn.thidua.scheduling.MemberRole;
import vn.thidua.scheduling.ReviewDossier;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.SchedulingRequest;

/**
 * A synthetic scheduling request of any size, deterministically from a seed: a district-sized
 * council whose members come from a handful of units, sessions on working days from 5 January 2026,
 * each missing a few members, and dossiers with deadlines through the sessions' weeks. About one
 * dossier in a hundred has a deadline before the first session, so the result always has reasons
 * to give; the rest fit in about three quarters of the sessions' minutes, unless that would make a
 * session longer than a day: then the sessions last a day and the dossiers that do not fit stay unassigned.
 */
public final class ScheduleGenerator {

    private static final String[] UNITS = {"UBND-HUYEN", "PHONG-GD", "TTYT", "PHONG-NN", "HOI-ND", "MTTQ", "HOI-PN", "DOAN-TN"};
    private static final AwardCode[] AWARDS = {AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO,
        AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH, AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN,
        AwardCode.GIA_DINH_VAN_HOA};
    private static final int[] AWARD_MINUTES = {5, 10, 5, 20, 15, 5};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final int MAX_MINUTES = 24 * 60;

    /** A request of the given size; the same arguments always give the same request. */
    public SchedulingRequest generate(int dossiers, int sessions, int members, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CouncilMember> council = members(members);
        List<ReviewSession> days = sessions(sessions, council, random.split());
        List<ReviewDossier> files = dossiers(dossiers, days, random.split());
        // Sessions are sized so that the dossiers take about three quarters of their minutes, in half hours,
        // but no session is longer than a day, the most a request may give (ReviewSession.minutes).
        int demand = files.stream().mapToInt(ReviewDossier::minutes).sum();
        int minutes = Math.min(MAX_MINUTES, Math.max(60, (demand * 4 / 3 / Math.max(1, sessions) + 29) / 30 * 30));
        List<ReviewSession> sized = days.stream().map(s -> new ReviewSession(s.id(), s.start(), minutes, s.room(),
                s.availableMembers())).toList();
        return new SchedulingRequest(1, new Council(60), council, sized, files);
    }

    private static List<CouncilMember> members(int count) {
        List<CouncilMember> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemberRole role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR
                    : i == count - 1 ? MemberRole.SECRETARY : MemberRole.MEMBER;
            // Every fifth member is also a candidate, with a dossier of their own.
            String personId = i % 5 == 4 ? "CN-M" + (i + 1) : null;
            members.add(new CouncilMember("M" + (i + 1), "Thành viên " + (i + 1), UNITS[i % UNITS.length], role, personId));
        }
        return members;
    }

    private static List<ReviewSession> sessions(int count, List<CouncilMember> members, SplittableRandom random) {
        List<ReviewSession> sessions = new ArrayList<>();
        LocalDate day = FIRST_DAY;
        for (int i = 0; i < count; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            LocalDateTime start = day.atTime(i % 2 == 0 ? 8 : 14, 0);
            List<String> available = new ArrayList<>();
            for (CouncilMember member : members) {
                if (random.nextInt(100) >= 12) {
                    available.add(member.id());
                }
            }
            sessions.add(new ReviewSession("S" + (i + 1), start, 1, "P" + (1 + i % 3), available));
            if (i % 2 == 1) {
                day = day.plusDays(1);
            }
        }
        return sessions;
    }

    private static List<ReviewDossier> dossiers(int count, List<ReviewSession> sessions, SplittableRandom random) {
        List<ReviewDossier> dossiers = new ArrayList<>();
        LocalDate first = sessions.isEmpty() ? FIRST_DAY : sessions.get(0).start().toLocalDate();
        LocalDate last = sessions.isEmpty() ? FIRST_DAY : sessions.get(sessions.size() - 1).start().toLocalDate();
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        for (int i = 0; i < count; i++) {
            int award = random.nextInt(AWARDS.length);
            String unit = UNITS[random.nextInt(UNITS.length)] + (random.nextInt(3) == 0 ? "-XA" : "");
            LocalDate deadline = random.nextInt(100) == 0 ? first.minusDays(1 + random.nextInt(5))
                    : first.plusDays(span / 4 + random.nextLong(span - span / 4 + 1));
            String subject = random.nextInt(50) == 0 ? "CN-M" + (5 * (1 + random.nextInt(3))) : "CN-" + (10_000 + i);
            dossiers.add(new ReviewDossier(String.format("D%04d", i + 1), subject, unit, AWARDS[award],
                    AWARD_MINUTES[award], deadline));
        }
        return dossiers;
    }
}

package vn.thidua.report;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.thidua.audit.ResultRows;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Outcome;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;

/**
 * One year's counts in the report's units: the eligible decisions of the year's runs (the latest run's
 * decision for a subject and award), the awards of the register, and the awards the runs proposed, for
 * {@link FocusReports} to choose between.
 */
record YearCounts(Counts eligible, Counts registered, Counts proposed) {

    /** Counts of one kind for a year, in total, by row unit and by award, and its Biểu 0603. */
    static final class Counts {

        final Tally total = new Tally();
        final Map<String, Tally> units = new TreeMap<>();
        final Map<AwardCode, Tally> awards = new EnumMap<>(AwardCode.class);
        final Bieu0603 form = new Bieu0603();

        void eligible(String row, AwardCode award, RunSubjects.Profile profile) {
            total.eligible(profile);
            tallies(row, award).forEach(t -> t.eligible(profile));
        }

        void awarded(String row, AwardCode award, SubjectKind kind, RunSubjects.Profile profile) {
            total.awarded(profile);
            tallies(row, award).forEach(t -> t.awarded(profile));
            form.add(kind, profile, award);
        }

        private List<Tally> tallies(String row, AwardCode award) {
            Tally byAward = awards.computeIfAbsent(award, a -> new Tally());
            return row.isEmpty() ? List.of(byAward) : List.of(units.computeIfAbsent(row, u -> new Tally()), byAward);
        }
    }

    /**
     * Counts the year: {@code ids} its runs oldest first, {@code newestFirst} their subjects newest first;
     * every unit a register entry names is added to {@code knownUnits}.
     */
    static YearCounts of(int year, List<Long> ids, List<RunSubjects> newestFirst, UnitScope scope, Set<String> knownUnits,
            ResultRows rows, Register register) {
        Counts eligible = new Counts();
        Counts proposed = new Counts();
        Set<String> decided = ids.size() > 1 ? new HashSet<>() : null;
        for (int i = ids.size() - 1; i >= 0; i--) {
            RunSubjects run = newestFirst.get(ids.size() - 1 - i);
            // The oldest run's decisions superseded by nothing newer need only be read when eligible.
            rows.decided(ids.get(i), decided == null || i == 0, d -> {
                if (decided != null && !decided.add(d.subjectId() + '|' + d.award())) {
                    return;
                }
                if (d.outcome() != Outcome.ELIGIBLE) {
                    return;
                }
                RunSubjects.Profile profile = run.subjects().get(d.subjectId());
                if (profile == null) {
                    return;
                }
                String row = scope.row(profile.unit());
                if (row == null) {
                    return;
                }
                eligible.eligible(row, d.award(), profile);
                if (!Boolean.FALSE.equals(d.selected())) {
                    proposed.awarded(row, d.award(), profile.kind(), profile);
                }
            });
        }
        Counts registered = new Counts();
        register.inForce(year, year, (RegisterEntry e) -> {
            RunSubjects.Profile profile = profile(newestFirst, e.subjectId());
            String unit = e.unitCode() != null ? e.unitCode() : profile == null ? null : profile.unit();
            if (unit != null) {
                knownUnits.add(unit);
            }
            String row = scope.row(unit);
            if (row != null) {
                registered.awarded(row, e.award(), e.subjectKind(), profile);
            }
        });
        return new YearCounts(eligible, registered, proposed);
    }

    private static RunSubjects.Profile profile(List<RunSubjects> newestFirst, String subjectId) {
        for (RunSubjects run : newestFirst) {
            RunSubjects.Profile profile = run.subjects().get(subjectId);
            if (profile != null) {
                return profile;
            }
        }
        return null;
    }
}

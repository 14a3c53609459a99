package vn.thidua.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Outcome;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;

/**
 * Reports awards by the plan's focus groups over a range of years (docs/operations.md, "The year and the term reported"). A year's
 * awards are the register's entries of that year still in force; a year with none in the report's units
 * counts instead the eligible candidates its runs proposed, and says so. When several runs of a year
 * decided the same subject and award, the latest run's decision counts.
 */
@Service
public class FocusReports {

    private final StoredRuns runs;
    private final ResultRows rows;
    private final Register register;
    private final RunSubjectCache subjects;
    private final TargetsFile targets;

    FocusReports(StoredRuns runs, ResultRows rows, Register register, RunSubjectCache subjects, TargetsFile targets) {
        this.runs = runs;
        this.rows = rows;
        this.register = register;
        this.subjects = subjects;
        this.targets = targets;
    }

    /**
     * The report of the query's years and unit as {@code user} may see it: every unit for administrators,
     * auditors and policy staff, a secretariat user's own units (and those below them) otherwise.
     *
     * @throws ReportException naming {@code unit} when no run or register entry of the years knows the unit
     *         or it is not one of a secretariat user's units, and {@code from} when the years hold no data
     */
    public FocusReport report(ReportQuery query, Account user) {
        Set<String> roots = roots(query, user);
        ReportTargets inForce = targets.targets();
        Map<Integer, List<Long>> byYear = runs.ofYears(query.from(), query.to());
        Set<String> knownUnits = new HashSet<>();
        List<FocusReport.Year> years = new ArrayList<>();
        Tally total = new Tally();
        Map<String, Tally> units = new TreeMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        Map<AwardCode, Tally> awards = new EnumMap<>(AwardCode.class);
        List<FocusReport.Form0603> forms = new ArrayList<>();
        FocusReport.Figures before = null;
        String askedName = null;
        boolean everyUnit = roots(new ReportQuery(query.from(), query.to(), null), user) == null;
        boolean permitted = everyUnit || query.unit() == null;
        for (int year = query.from(); year <= query.to(); year++) {
            List<Long> ids = byYear.getOrDefault(year, List.of());
            List<RunSubjects> newestFirst = new ArrayList<>();
            for (int i = ids.size() - 1; i >= 0; i--) {
                newestFirst.add(subjects.of(ids.get(i)));
            }
            newestFirst.forEach(run -> knownUnits.addAll(run.units().keySet()));
            UnitScope scope = new UnitScope(roots, newestFirst);
            permitted = permitted || new UnitScope(user.units(), newestFirst).row(query.unit()) != null;
            YearCounts counts = count(year, ids, newestFirst, scope, knownUnits);
            FocusReport.Source source = counts.registered.total.awarded() > 0 ? FocusReport.Source.REGISTER
                    : ids.isEmpty() ? FocusReport.Source.NONE : FocusReport.Source.DECISIONS;
            Counts awarded = source == FocusReport.Source.REGISTER ? counts.registered : counts.proposed;
            Tally yearTotal = new Tally();
            yearTotal.add(counts.eligible.total);
            yearTotal.add(awarded.total);
            FocusReport.Figures figures = yearTotal.figures(before, inForce, year);
            years.add(new FocusReport.Year(year, source, List.copyOf(ids), figures));
            forms.add(awarded.form.form(year, source));
            before = figures;
            total.add(yearTotal);
            for (Counts c : List.of(counts.eligible, awarded)) {
                c.units.forEach((unit, tally) -> {
                    units.computeIfAbsent(unit, u -> new Tally()).add(tally);
                    unitNames.putIfAbsent(unit, scope.name(unit));
                });
                c.awards.forEach((award, tally) -> awards.computeIfAbsent(award, a -> new Tally()).add(tally));
            }
            if (query.unit() != null && askedName == null && !newestFirst.isEmpty()) {
                String name = scope.name(query.unit());
                askedName = name.equals(query.unit()) ? null : name;
            }
        }
        if (query.unit() != null && !knownUnits.contains(query.unit())) {
            throw new ReportException("unit", "Không có đơn vị mã " + query.unit() + " trong các lần xét và sổ khen thưởng từ năm "
                    + query.from() + " đến " + query.to(), "no unit " + query.unit() + " in the runs and the register of "
                    + query.from() + " to " + query.to());
        }
        if (!permitted) {
            throw new ReportException("unit", "Đơn vị " + query.unit() + " không thuộc các đơn vị của bạn " + user.units(),
                    "unit " + query.unit() + " is none of your units " + user.units());
        }
        if (years.stream().allMatch(y -> y.figures().awarded() == 0 && y.figures().eligible() == 0)) {
            throw new ReportException("from", "Không có dữ liệu khen thưởng từ năm " + query.from() + " đến " + query.to()
                    + (query.unit() == null ? "" : " của đơn vị " + query.unit()) + ": chưa có lần xét hay mục sổ nào",
                    "no award data from " + query.from() + " to " + query.to() + (query.unit() == null ? "" : " for unit " + query.unit())
                    + ": no run and no register entry");
        }
        List<FocusReport.UnitRow> unitRows = new ArrayList<>();
        units.forEach((unit, tally) -> unitRows.add(new FocusReport.UnitRow(unit, unitNames.get(unit), tally.figures(null, null, null))));
        unitRows.sort(Comparator.comparing(FocusReport.UnitRow::unit));
        List<FocusReport.AwardRow> awardRows = new ArrayList<>();
        awards.forEach((award, tally) -> awardRows.add(new FocusReport.AwardRow(award, tally.figures(null, null, null))));
        return new FocusReport(query.from(), query.to(), query.unit(), askedName, List.copyOf(years), total.figures(null, null, null),
                List.copyOf(unitRows), List.copyOf(awardRows), List.copyOf(forms));
    }

    /** The units the report is limited to: null for every unit. */
    private static Set<String> roots(ReportQuery query, Account user) {
        boolean everyUnit = user.seesAllUnits() || user.has(vn.thidua.accounts.Role.POLICY);
        if (query.unit() != null) {
            return Set.of(query.unit());
        }
        return everyUnit ? null : Set.copyOf(user.units());
    }

    /** One year's counts: the eligible, the awards in the register, and the awards the runs proposed. */
    private record YearCounts(Counts eligible, Counts registered, Counts proposed) {
    }

    /** Counts of one kind for a year, in total, by row unit and by award, and its Biểu 0603. */
    private static final class Counts {

        private final Tally total = new Tally();
        private final Map<String, Tally> units = new TreeMap<>();
        private final Map<AwardCode, Tally> awards = new EnumMap<>(AwardCode.class);
        private final Bieu0603 form = new Bieu0603();

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

    private YearCounts count(int year, List<Long> ids, List<RunSubjects> newestFirst, UnitScope scope, Set<String> knownUnits) {
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

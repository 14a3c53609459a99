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
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.AwardCode;
import vn.thidua.register.Register;

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
        boolean permitted = seesEveryUnit(user) || query.unit() == null;
        for (int year = query.from(); year <= query.to(); year++) {
            List<Long> ids = byYear.getOrDefault(year, List.of());
            List<RunSubjects> newestFirst = new ArrayList<>();
            for (int i = ids.size() - 1; i >= 0; i--) {
                newestFirst.add(subjects.of(ids.get(i)));
            }
            newestFirst.forEach(run -> knownUnits.addAll(run.units().keySet()));
            UnitScope scope = new UnitScope(roots, newestFirst);
            permitted = permitted || new UnitScope(user.units(), newestFirst).row(query.unit()) != null;
            YearCounts counts = YearCounts.of(year, ids, newestFirst, scope, knownUnits, rows, register);
            FocusReport.Source source = counts.registered().total.awarded() > 0 ? FocusReport.Source.REGISTER
                    : ids.isEmpty() ? FocusReport.Source.NONE : FocusReport.Source.DECISIONS;
            YearCounts.Counts awarded = source == FocusReport.Source.REGISTER ? counts.registered() : counts.proposed();
            Tally yearTotal = new Tally();
            yearTotal.add(counts.eligible().total);
            yearTotal.add(awarded.total);
            FocusReport.Figures figures = yearTotal.figures(before, inForce, year);
            years.add(new FocusReport.Year(year, source, List.copyOf(ids), figures));
            forms.add(awarded.form.form(year, source));
            before = figures;
            total.add(yearTotal);
            for (YearCounts.Counts c : List.of(counts.eligible(), awarded)) {
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
        if (query.unit() != null) {
            return Set.of(query.unit());
        }
        return seesEveryUnit(user) ? null : Set.copyOf(user.units());
    }

    /** Administrators, auditors and policy staff report on every unit: the report shows counts, never a person. */
    private static boolean seesEveryUnit(Account user) {
        return user.seesAllUnits() || user.has(Role.POLICY);
    }
}

package vn.thidua.report;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.thidua.dossier.AwardCode;

/**
 * The report of a range of years: per year and over the range, the awards counted, the eligible, and
 * for each focus group its count, its share of each, the change of its share of the awards from the
 * year before and the province's target; the same over the range by unit and by award; and each year's
 * Biểu 0603. Shares are percentages with one decimal; a share of nothing is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FocusReport(int from, int to, String unit, String unitName, List<Year> years, Figures total, List<UnitRow> byUnit,
        List<AwardRow> byAward, List<Form0603> forms) {

    /** Where a year's awards were counted from. */
    public enum Source {
        /** The register of conferred awards: awards conferred by a signed decision, revoked ones left out. */
        REGISTER,
        /** No award of the year is in the register yet: the eligible candidates the year's runs proposed (selected under a quota, or not ranked). */
        DECISIONS,
        /** Neither a stored run nor a register entry of the year. */
        NONE
    }

    /** One year: where its awards come from, the runs read, and its figures. */
    public record Year(int year, Source source, List<Long> runs, Figures figures) {
    }

    /**
     * Counts of one year, unit or award: {@code awarded} awards (each award of a subject once), of which
     * {@code unknown} conferred to a subject no run of the year describes (imported awards: their groups
     * are not known), and {@code eligible} eligible decisions; then each focus group.
     */
    public record Figures(long awarded, long unknown, long eligible, List<GroupFigures> groups) {
    }

    /**
     * A focus group: its awards and eligible decisions, its share of each (percent), the change of its
     * share of the awards from the year before (percentage points; null in the first year or after a year
     * without awards), and the target in force with whether the share reaches it (null without a target).
     */
    public record GroupFigures(FocusGroup group, long awarded, long eligible, BigDecimal awardedShare, BigDecimal eligibleShare,
            BigDecimal change, ReportTargets.Target target, Boolean targetMet) {
    }

    /** A unit's figures over the range: the unit itself and every unit below it. */
    public record UnitRow(String unit, String name, Figures figures) {
    }

    /** An award's figures over the range. */
    public record AwardRow(AwardCode award, Figures figures) {
    }

    /**
     * Biểu 0603.N/BNV-TĐKT of a year: each row's code and its five columns (total, Bằng khen, Chiến sĩ thi
     * đua cấp tỉnh, Cờ thi đua, Huy hiệu); a row the application has no fact for has null cells.
     */
    public record Form0603(int year, Source source, List<FormRow> rows) {
    }

    /** A row of Biểu 0603 by its code (01 to 17). */
    public record FormRow(String code, List<Long> cells) {
    }
}

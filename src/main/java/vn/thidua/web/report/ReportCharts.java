package vn.thidua.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.thidua.report.FocusGroup;
import vn.thidua.report.FocusReport;

/**
 * The figures the page's charts draw, as the page carries them for its script (report-charts.js): the
 * groups' names, each year's share of the awards per group, and the range's awards and eligible per
 * group, with the charts' titles, in the reader's language.
 */
record ReportCharts(List<String> groups, List<Series> shares, Series awarded, Series eligible, String sharesTitle,
        String countsTitle) {

    /** One line of a chart: its name and a value per group (null where a share is of nothing). */
    record Series(String label, List<? extends Number> values) {
    }

    static ReportCharts of(FocusReport report, MessageSource texts, Locale locale) {
        List<String> groups = new ArrayList<>();
        for (FocusGroup group : FocusGroup.values()) {
            groups.add(texts.getMessage("group." + group.name(), null, locale));
        }
        List<Series> shares = new ArrayList<>();
        for (FocusReport.Year year : report.years()) {
            if (year.source() != FocusReport.Source.NONE) {
                List<BigDecimal> values = year.figures().groups().stream().map(FocusReport.GroupFigures::awardedShare).toList();
                shares.add(new Series(Integer.toString(year.year()), values));
            }
        }
        List<Long> awarded = report.total().groups().stream().map(FocusReport.GroupFigures::awarded).toList();
        List<Long> eligible = report.total().groups().stream().map(FocusReport.GroupFigures::eligible).toList();
        return new ReportCharts(groups, shares, new Series(texts.getMessage("report.chart.awarded", null, locale), awarded),
                new Series(texts.getMessage("report.chart.eligible", null, locale), eligible),
                texts.getMessage("report.chart.shares", null, locale), texts.getMessage("report.chart.counts", null, locale));
    }
}

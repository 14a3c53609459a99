package vn.thidua.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A report as the tables its documents print, in the reader's language: the years with each group, the
 * units and the awards with each group, and where each year's figures come from. Cells are texts,
 * whole numbers (Long) or shares in percent (BigDecimal); an empty cell is null. {@code compact} puts a
 * group's count and share in one text cell ("12 (5,0%)"), as the PDF prints it; otherwise each is a
 * number column of its own, as a workbook wants it.
 */
final class ReportTables {

    /** A table with its title, the header of each column and its rows. */
    record Table(String title, List<String> header, List<List<Object>> rows) {
    }

    private final MessageSource texts;
    private final Locale locale;

    ReportTables(MessageSource texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    String text(String key, Object... args) {
        return texts.getMessage(key, args, locale);
    }

    String group(FocusGroup group) {
        return text("group." + group.name());
    }

    String heading(FocusReport report) {
        String range = report.from() == report.to() ? text("report.heading.year", report.from())
                : text("report.heading.range", report.from(), report.to(), report.to() - report.from() + 1);
        String unit = report.unit() == null ? text("report.heading.allUnits")
                : text("report.heading.unit", report.unitName() == null ? report.unit() : report.unitName(), report.unit());
        return range + " — " + unit;
    }

    Table years(FocusReport report) {
        List<String> header = List.of(text("report.year"), text("report.group"), text("report.awarded"), text("report.awardedShare"),
                text("report.eligible"), text("report.eligibleShare"), text("report.change"), text("report.target"));
        List<List<Object>> rows = new ArrayList<>();
        for (FocusReport.Year year : report.years()) {
            groupRows(rows, Long.toString(year.year()), year.figures());
        }
        groupRows(rows, text("report.whole"), report.total());
        return new Table(text("report.title"), header, rows);
    }

    private void groupRows(List<List<Object>> rows, String year, FocusReport.Figures figures) {
        rows.add(row(year, text("report.totals", figures.awarded(), figures.eligible()), figures.awarded(), null, figures.eligible(),
                null, null, null));
        for (FocusReport.GroupFigures g : figures.groups()) {
            rows.add(row(year, group(g.group()), g.awarded(), g.awardedShare(), g.eligible(), g.eligibleShare(),
                    g.change() == null ? null : text("report.points", signed(g.change())), target(g)));
        }
    }

    String target(FocusReport.GroupFigures g) {
        if (g.target() == null) {
            return text("report.noTarget");
        }
        String value = text("report.targetValue", number(g.target().percent()), g.target().reference());
        return g.targetMet() == null ? value : value + ": " + text(g.targetMet() ? "report.targetMet" : "report.targetNotMet");
    }

    Table units(FocusReport report, boolean compact) {
        List<List<Object>> rows = new ArrayList<>();
        for (FocusReport.UnitRow unit : report.byUnit()) {
            rows.add(groupCells(compact, List.of(unit.unit(), unit.name()), unit.figures()));
        }
        return new Table(text("report.byUnit"), groupHeader(compact, List.of(text("report.unitColumn"), "")), rows);
    }

    Table awards(FocusReport report, boolean compact) {
        List<List<Object>> rows = new ArrayList<>();
        for (FocusReport.AwardRow award : report.byAward()) {
            rows.add(groupCells(compact, List.of(text("award." + award.award().name())), award.figures()));
        }
        return new Table(text("report.byAward"), groupHeader(compact, List.of(text("report.awardColumn"))), rows);
    }

    Table sources(FocusReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (FocusReport.Year year : report.years()) {
            rows.add(row(Long.toString(year.year()), text("report.source." + year.source().name(), year.year()),
                    year.runs().isEmpty() ? "" : text("report.runs", String.join(", ", year.runs().stream().map(String::valueOf).toList())),
                    year.figures().unknown() == 0 ? "" : text("report.unknown", year.figures().unknown())));
        }
        return new Table(text("report.sources"), List.of(text("report.year"), text("report.sources"), "", ""), rows);
    }

    private List<String> groupHeader(boolean compact, List<String> first) {
        List<String> header = new ArrayList<>(first);
        header.add(text("report.awardsColumn"));
        header.add(text("report.eligible"));
        for (FocusGroup group : FocusGroup.values()) {
            header.add(group(group));
            if (!compact) {
                header.add(group(group) + " (%)");
            }
        }
        return header;
    }

    private List<Object> groupCells(boolean compact, List<Object> first, FocusReport.Figures figures) {
        List<Object> cells = new ArrayList<>(first);
        cells.add(figures.awarded());
        cells.add(figures.eligible());
        for (FocusReport.GroupFigures g : figures.groups()) {
            if (compact) {
                cells.add(g.awardedShare() == null ? Long.toString(g.awarded()) : text("report.cell", g.awarded(), number(g.awardedShare())));
            } else {
                cells.add(g.awarded());
                cells.add(g.awardedShare());
            }
        }
        return cells;
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** A share or target as the reader's language writes it (5,5 in Vietnamese, 5.5 in English). */
    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + number(change);
    }
}

package vn.thidua.audit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stored columns of a run that its seal covers, in hashing order, and one canonical text per
 * value: the same for the value as written and for the value read back from H2 or MySQL/MariaDB
 * years later, whatever the reader's time zone (date-times are kept as the wall-clock value stored).
 */
final class RunColumns {

    enum Kind { TEXT, NUMBER, BOOL, DATE, DATETIME, DECIMAL }

    /**
     * A stored column; an {@code optional} one was added after runs had been sealed without it, so the
     * seal covers it only when it holds a value (an older run, where it is null, verifies as before).
     */
    record Column(String name, Kind kind, boolean optional) {

        /** The canonical text of a value as written; null stays null. */
        String canonical(Object value) {
            if (value == null) {
                return null;
            }
            return switch (kind) {
                case DATETIME -> ((LocalDateTime) value).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                case NUMBER -> Long.toString(((Number) value).longValue());
                // DECIMAL(7,3) reads back as 80.000 on one database and 80.0 after a copy: the value, not its scale.
                case DECIMAL -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
                default -> value.toString();
            };
        }

        /** The canonical text of this column in the current row. */
        String read(ResultSet rs) throws SQLException {
            return switch (kind) {
                case TEXT -> rs.getString(name);
                case NUMBER -> {
                    long n = rs.getLong(name);
                    yield rs.wasNull() ? null : Long.toString(n);
                }
                case BOOL -> {
                    boolean b = rs.getBoolean(name);
                    yield rs.wasNull() ? null : Boolean.toString(b);
                }
                case DECIMAL -> canonical(rs.getBigDecimal(name));
                case DATE -> canonical(rs.getObject(name, LocalDate.class));
                case DATETIME -> canonical(rs.getObject(name, LocalDateTime.class));
            };
        }
    }

    static final List<Column> HEADER = List.of(col("created_at", Kind.DATETIME), col("rule_set_version", Kind.TEXT),
            col("rule_set_activated_at", Kind.DATETIME), col("period_year", Kind.NUMBER), col("cutoff_date", Kind.DATE),
            col("decision_date", Kind.DATE), col("request_sha256", Kind.TEXT), col("request_json", Kind.TEXT),
            col("decision_count", Kind.NUMBER), col("warnings_json", Kind.TEXT), new Column("register_json", Kind.TEXT, true));

    static final List<Column> DECISION = List.of(col("seq", Kind.NUMBER), col("subject_id", Kind.TEXT),
            col("subject_kind", Kind.TEXT), col("award", Kind.TEXT), col("outcome", Kind.TEXT),
            col("requires_judgement", Kind.BOOL), col("missing_json", Kind.TEXT), col("warnings_json", Kind.TEXT),
            col("authority_json", Kind.TEXT), new Column("criteria_sha256", Kind.TEXT, true));

    static final List<Column> CRITERION = List.of(col("decision_seq", Kind.NUMBER), col("seq", Kind.NUMBER),
            col("criterion_id", Kind.TEXT), col("result", Kind.TEXT), col("explanation_vi", Kind.TEXT),
            col("explanation_en", Kind.TEXT), col("citation_title", Kind.TEXT), col("citation_href", Kind.TEXT),
            col("legal_review", Kind.TEXT), col("facts_json", Kind.TEXT), col("rules_json", Kind.TEXT),
            new Column("citation_instrument", Kind.TEXT, true));

    /** A citation of a run whose documents refer to their citations (evaluation_citation, from V33 on). */
    static final List<Column> CITATION = List.of(col("seq", Kind.NUMBER), col("decision_seq", Kind.NUMBER),
            col("citation_title", Kind.TEXT), col("citation_href", Kind.TEXT), col("legal_review", Kind.TEXT),
            col("citation_instrument", Kind.TEXT));

    private RunColumns() {
    }

    private static Column col(String name, Kind kind) {
        return new Column(name, kind, false);
    }

    /** The column names, comma-separated, for SELECT and INSERT. */
    static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** As many "?" as there are columns, comma-separated. */
    static String placeholders(List<Column> columns) {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }

    /** The canonical texts of a row as written, its values in the columns' order (an optional column only when set). */
    static List<String> canonical(List<Column> columns, Object[] values) {
        List<String> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String value = columns.get(i).canonical(values[i]);
            if (value != null || !columns.get(i).optional()) {
                row.add(value);
            }
        }
        return row;
    }

    /** The canonical texts of the current row of a result set. */
    static List<String> read(List<Column> columns, ResultSet rs) throws SQLException {
        List<String> row = new ArrayList<>(columns.size());
        for (Column column : columns) {
            String value = column.read(rs);
            if (value != null || !column.optional()) {
                row.add(value);
            }
        }
        return row;
    }
}

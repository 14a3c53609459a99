package vn.thidua.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alters a sealed record's rows with SQL, as someone with database access could (UPDATE a column,
 * DELETE rows, INSERT a copy of a row), runs a check, and puts the rows back, so that the other
 * tests on the shared database see an intact chain.
 */
final class Tampering {

    private final JdbcTemplate jdbc;

    Tampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a column of the one row {@code where} selects while {@code check} runs. */
    <T> T updated(String table, String column, Object value, String where, Object[] args, Supplier<T> check) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + column + " FROM " + table + " WHERE " + where, args);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows of " + table + " where " + where);
        }
        Object original = rows.get(0).values().iterator().next();
        jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE " + where, concat(value, args));
        try {
            return check.get();
        } finally {
            jdbc.update("UPDATE " + table + " SET " + column + " = ? WHERE " + where, concat(original, args));
        }
    }

    /** Deletes the rows {@code where} selects while {@code check} runs, then inserts them again as they were. */
    <T> T deleted(String table, String where, Object[] args, Supplier<T> check) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE " + where, args);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no row of " + table + " where " + where);
        }
        jdbc.update("DELETE FROM " + table + " WHERE " + where, args);
        try {
            return check.get();
        } finally {
            rows.forEach(row -> insert(table, row));
        }
    }

    /**
     * Inserts a copy of the one row {@code where} selects with some columns changed while {@code check}
     * runs, then deletes the copy, which the changed columns {@code key} select.
     */
    <T> T insertedCopy(String table, String where, Object[] args, Map<String, Object> changes, Supplier<T> check) {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap("SELECT * FROM " + table + " WHERE " + where, args));
        changes.forEach((column, value) -> {
            if (!row.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column + " in " + table);
            }
            row.put(column, value);
        });
        insert(table, row);
        try {
            return check.get();
        } finally {
            List<String> columns = new ArrayList<>(changes.keySet());
            jdbc.update("DELETE FROM " + table + " WHERE " + String.join(" AND ", columns.stream().map(c -> c + " = ?").toList()),
                    columns.stream().map(changes::get).toArray());
        }
    }

    private void insert(String table, Map<String, Object> row) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}

package vn.thidua.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/**
 * Impact reports as stored JSON with their SHA-256, and their acknowledgements. A report is never
 * changed; a report that no longer matches its hash is refused when read.
 */
@Repository
class ImpactReportStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final SimpleJdbcInsert insert;
    private final RecordSeals seals;

    ImpactReportStore(JdbcTemplate jdbc, JsonMapper json, RecordSeals seals) {
        this.jdbc = jdbc;
        this.json = json;
        this.seals = seals;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("rule_set_impact_report").usingGeneratedKeyColumns("id")
                .usingColumns("draft_version", "base_version", "base_run_id", "source", "created_at", "created_by",
                        "report_json", "report_sha256");
    }

    /** Stores a report, sealed in the audit record chain; call inside a transaction. */
    ImpactReport insert(ImpactReport report) {
        String text = json.writeValueAsString(report);
        Number id = insert.executeAndReturnKey(new MapSqlParameterSource().addValue("draft_version", report.draftVersion())
                .addValue("base_version", report.baseVersion()).addValue("base_run_id", report.baseRunId())
                .addValue("source", report.source()).addValue("created_at", ActivationStore.timestamp(report.createdAt()))
                .addValue("created_by", report.createdBy()).addValue("report_json", text).addValue("report_sha256", sha256(text)));
        seals.seal(RecordKind.IMPACT_REPORT, id.longValue());
        return report.withId(id.longValue());
    }

    Optional<ImpactReport> find(long id) {
        List<ImpactReport> found = jdbc.query("SELECT report_json, report_sha256 FROM rule_set_impact_report WHERE id = ?",
                (rs, row) -> {
                    String text = rs.getString("report_json");
                    if (!sha256(text).equals(rs.getString("report_sha256"))) {
                        throw new IllegalStateException("impact report " + id + " no longer matches its recorded SHA-256");
                    }
                    return json.readValue(text, ImpactReport.class).withId(id);
                }, id);
        return found.stream().findFirst().map(report -> report.withAcknowledgement(acknowledgement(id)));
    }

    /** Reports newest first, without their per-award details. */
    List<ImpactReport> summaries() {
        return jdbc.query("SELECT id FROM rule_set_impact_report ORDER BY id DESC", (rs, row) -> rs.getLong("id")).stream()
                .map(id -> find(id).orElseThrow())
                .map(r -> new ImpactReport(r.id(), r.draftVersion(), r.baseVersion(), r.baseRunId(), r.source(), r.createdAt(),
                        r.createdBy(), r.subjects(), r.decisionsBefore(), r.decisionsAfter(), r.gained(), r.lost(), r.changed(),
                        r.millis(), null, r.acknowledgement()))
                .toList();
    }

    /** Records the acknowledgement, sealed in the audit record chain, unless the report has one; call inside a transaction. */
    boolean acknowledge(long id, ImpactReport.Acknowledgement ack) {
        jdbc.queryForList("SELECT id FROM rule_set_impact_report WHERE id = ? FOR UPDATE", id);
        if (acknowledgement(id) != null) {
            return false;
        }
        jdbc.update("INSERT INTO rule_set_impact_acknowledgement (report_id, acknowledged_at, acknowledged_by, note)"
                + " VALUES (?, ?, ?, ?)", id, ActivationStore.timestamp(ack.at()), ack.by(), ack.note());
        seals.seal(RecordKind.IMPACT_ACKNOWLEDGEMENT, id);
        return true;
    }

    private ImpactReport.Acknowledgement acknowledgement(long id) {
        return jdbc.query("SELECT acknowledged_at, acknowledged_by, note FROM rule_set_impact_acknowledgement WHERE report_id = ?",
                (rs, row) -> new ImpactReport.Acknowledgement(rs.getTimestamp("acknowledged_at").toInstant(),
                        rs.getString("acknowledged_by"), rs.getString("note")), id).stream().findFirst().orElse(null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.ranking.Ranking;

/** Writes a run's rankings, each as its JSON, and reads them back in their order. */
@Component
class RankingStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    RankingStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts one ranking of a run at place {@code seq}: a run stored as it is ranked, one quota at a time. */
    void insert(long runId, int seq, Ranking ranking) {
        // A commune's ranking in a province's run has tens of thousands of entries (about 18 MB of JSON for 28,000): it
        // is written as UTF-8 bytes and handed to the driver as a character stream, not held as a String (two bytes a
        // character while it is built, and copied again by the driver), so that it fits a small heap.
        byte[] bytes = json.writeValueAsBytes(ranking);
        jdbc.update("INSERT INTO evaluation_ranking (run_id, seq, award, unit_code, ranking_json) VALUES (?, ?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, runId);
                    statement.setInt(2, seq);
                    statement.setString(3, ranking.award().name());
                    statement.setString(4, ranking.unit());
                    statement.setCharacterStream(5, new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                });
    }

    void insert(long runId, List<Ranking> rankings) {
        List<Object[]> rows = new ArrayList<>(rankings.size());
        for (int seq = 0; seq < rankings.size(); seq++) {
            Ranking ranking = rankings.get(seq);
            rows.add(new Object[] {runId, seq, ranking.award().name(), ranking.unit(), json.writeValueAsString(ranking)});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO evaluation_ranking (run_id, seq, award, unit_code, ranking_json) VALUES (?, ?, ?, ?, ?)",
                    rows);
        }
    }

    List<Ranking> find(long runId) {
        return jdbc.query("SELECT ranking_json FROM evaluation_ranking WHERE run_id = ? ORDER BY seq",
                (rs, n) -> json.readValue(rs.getString("ranking_json"), Ranking.class), runId);
    }
}

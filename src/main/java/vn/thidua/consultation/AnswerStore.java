package vn.thidua.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/**
 * The table of V24 (with V25's opinion_id), append-only: one INSERT per version of an answer, sealed in the caller's
 * transaction (kind ANSWER); nothing here updates or deletes a row.
 */
@Component
class AnswerStore {

    /** What an answer answers: the column naming it. */
    enum Target {
        COMMENT("comment_id"), OPINION("opinion_id");

        final String column;

        Target(String column) {
            this.column = column;
        }
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final RecordSeals seals;

    AnswerStore(JdbcTemplate jdbc, RecordSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
    }

    /** The newest version's seq for the target, 0 when it has no answer. */
    int lastSeq(Target target, long id) {
        Integer seq = jdbc.queryForObject("SELECT MAX(seq) FROM consultation_answer WHERE " + target.column + " = ?",
                Integer.class, id);
        return seq == null ? 0 : seq;
    }

    /** Appends a version and seals it; the caller's transaction is open. Returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    long insert(Target target, long id, int seq, String body, CommentStatus status, String answeredBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO consultation_answer (" + target.column + ", seq, body, status, answered_by,"
                    + " answered_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, id);
            s.setInt(2, seq);
            s.setString(3, body);
            s.setString(4, status.name());
            s.setString(5, answeredBy);
            s.setTimestamp(6, Timestamp.from(at));
            return s;
        }, key);
        long answerId = key.getKey().longValue();
        seals.seal(RecordKind.ANSWER, answerId);
        return answerId;
    }

    /** Every version of the answers to these targets, oldest first, by target id (a target without answer is left out). */
    Map<Long, List<Answer>> of(Target target, Collection<Long> ids) {
        Map<Long, List<Answer>> answers = new HashMap<>();
        List<Long> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + BATCH));
            jdbc.query("SELECT " + target.column + ", id, seq, body, status, answered_by, answered_at FROM consultation_answer"
                    + " WHERE " + target.column + " IN (" + part.stream().map(i -> "?").collect(Collectors.joining(", "))
                    + ") ORDER BY " + target.column + ", seq", rs -> {
                        answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(answer(rs));
                    }, part.toArray());
        }
        return answers;
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(rs.getLong(2), rs.getInt(3), rs.getString(4), CommentStatus.valueOf(rs.getString(5)), rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}

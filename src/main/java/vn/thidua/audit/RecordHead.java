package vn.thidua.audit;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-row end of the record chain ({@code audit_record_head}), apart from the runs' head so that
 * sealing a record never waits for an evaluation run being stored, nor a run for a record. Within a
 * transaction that takes both (a run with rankings), the runs' head is always taken first.
 */
@Component
class RecordHead {

    /** The head as read: the last link, and when the records stored before the chain were sealed (null: not yet). */
    record State(ChainHead.Link last, LocalDateTime backfilledAt) {
    }

    private final JdbcTemplate jdbc;

    RecordHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head until the calling transaction ends and returns it. */
    State lock() {
        return query(" FOR UPDATE");
    }

    State read() {
        return query("");
    }

    /** Moves the head to a record just sealed; the caller holds the lock. */
    void advance(ChainHead.Link next) {
        jdbc.update("UPDATE audit_record_head SET last_seq = ?, last_hash = ? WHERE id = 1", next.seq(), next.hash());
    }

    /** Records that the records stored before the chain are sealed; the caller holds the lock. */
    void backfilled(LocalDateTime at) {
        jdbc.update("UPDATE audit_record_head SET backfilled_at = ? WHERE id = 1", at);
    }

    private State query(String suffix) {
        return jdbc.queryForObject("SELECT last_seq, last_hash, backfilled_at FROM audit_record_head WHERE id = 1" + suffix,
                (rs, n) -> new State(new ChainHead.Link(rs.getLong("last_seq"), rs.getString("last_hash")),
                        rs.getObject("backfilled_at", LocalDateTime.class)));
    }
}

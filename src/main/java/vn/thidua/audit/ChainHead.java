package vn.thidua.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The one-row end of the audit chain: locked while a run is appended, so appends never fork it. */
@Component
class ChainHead {

    /** The last run of the chain (seq 0 and the genesis hash before the first one). */
    record Link(long seq, String hash) {
    }

    /** The head as verification reads it: its link, and the last run stored before the chain began. */
    record State(Link last, long lastUnchainedRunId) {
    }

    private final JdbcTemplate jdbc;

    ChainHead(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head until the calling transaction ends and returns the last link. */
    Link lock() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, n) -> new Link(rs.getLong("last_seq"), rs.getString("last_hash")));
    }

    /** Moves the head to a run just appended; the caller holds the lock. */
    void advance(Link next) {
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", next.seq(), next.hash());
    }

    State read() {
        return jdbc.queryForObject("SELECT last_seq, last_hash, last_unchained_run_id FROM audit_chain_head WHERE id = 1",
                (rs, n) -> new State(new Link(rs.getLong("last_seq"), rs.getString("last_hash")),
                        rs.getLong("last_unchained_run_id")));
    }
}

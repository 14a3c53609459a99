package vn.thidua.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals records other than evaluation runs into the record chain. A module calls {@link #seal}
 * inside its own transaction once every row of the record is written: the seal covers the rows as
 * stored ({@link RecordKind}) and is written, with the chain head moved, in that same transaction,
 * so a record is stored sealed or not at all. Nothing here updates or deletes a record's rows; once
 * sealed, any change to them is reported by {@code audit verify}.
 */
@Service
public class RecordSeals {

    private final JdbcTemplate jdbc;
    private final RecordDigest digest;
    private final RecordHead head;
    private final Clock clock;

    RecordSeals(JdbcTemplate jdbc, RecordDigest digest, RecordHead head, Clock clock) {
        this.jdbc = jdbc;
        this.digest = digest;
        this.head = head;
        this.clock = clock;
    }

    /**
     * Seals a record by its kind's name ({@link RecordKind}) and key (an id as text, or a rule-set version).
     *
     * @throws IllegalArgumentException when the kind is unknown or a numeric key is not a number
     * @throws IllegalStateException when the record has no row, or is already sealed
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seal(String kind, String key) {
        seal(RecordKind.named(kind), key);
    }

    /** Seals a record whose key is an id; see {@link #seal(String, String)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seal(RecordKind kind, long key) {
        seal(kind, Long.toString(key));
    }

    /** Seals a record; see {@link #seal(String, String)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void seal(RecordKind kind, String key) {
        append(kind, key);
    }

    /** Whether a record is sealed. */
    @Transactional(readOnly = true)
    public boolean isSealed(RecordKind kind, String key) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record_seal WHERE kind = ? AND record_key = ?",
                Integer.class, kind.name(), key);
        return n != null && n > 0;
    }

    /** Appends the seal; the caller's transaction is open. Returns the chain seq. */
    long append(RecordKind kind, String given) {
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("the key of a " + kind + " record is empty");
        }
        // An id is kept as the number it is ("7", not "007"), as verification lists it.
        String key = kind.numericKey() ? kind.bind(given.strip()).toString() : given;
        // Hashed before the head is locked: the record's rows are this transaction's own, and the lock
        // is then held only for the few statements of the seal.
        List<RecordDigest.PartHash> parts = digest.parts(kind, key);
        if (parts.get(0).rows() == 0) {
            throw new IllegalStateException("no " + parts.get(0).table() + " row for the " + kind + " record " + key
                    + ": a record is sealed after its rows are written");
        }
        RecordHead.State state = head.lock();
        if (isSealed(kind, key)) {
            throw new IllegalStateException("the " + kind + " record " + key + " is sealed already");
        }
        String content = RecordDigest.content(kind, key, parts);
        // To the second, as runs are: MySQL Connector/J may drop the fraction of a DATETIME(3).
        LocalDateTime sealedAt = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneId.systemDefault());
        long seq = state.last().seq() + 1;
        String hash = RecordDigest.link(seq, state.last().hash(), content, canonical(sealedAt));
        jdbc.update("INSERT INTO audit_record_seal (chain_seq, kind, record_key, prev_hash, parts, content_sha256, record_hash,"
                + " sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, kind.name(), key, state.last().hash(),
                RecordDigest.PartHash.join(parts), content, hash, sealedAt);
        head.advance(new ChainHead.Link(seq, hash));
        return seq;
    }

    static String canonical(LocalDateTime at) {
        return at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}

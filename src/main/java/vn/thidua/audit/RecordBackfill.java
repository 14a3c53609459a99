package vn.thidua.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals, once, the records stored before the record chain began (a database upgraded to V16): at the
 * first start after the migration, every record of every kind that has no seal is sealed, kind by
 * kind in {@link RecordKind} order and by key (ids in numeric order), and the head records when.
 * Later starts do nothing, so a record written around the chain afterwards stays unsealed and
 * {@code audit verify} names it. The seal says the record was as it is at the upgrade, not earlier.
 */
@Component
class RecordBackfill implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RecordBackfill.class);

    private final JdbcTemplate jdbc;
    private final RecordHead head;
    private final RecordSeals seals;
    private final RecordDigest digest;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RecordBackfill(JdbcTemplate jdbc, RecordHead head, RecordSeals seals, RecordDigest digest, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.head = head;
        this.seals = seals;
        this.digest = digest;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        backfill();
    }

    /** Seals the unsealed records unless done before; returns how many were sealed per kind (empty when done before). */
    Map<RecordKind, Integer> backfill() {
        long started = System.nanoTime();
        Map<RecordKind, Integer> sealed = transactions.execute(status -> {
            // Locked first, so two instances starting together backfill once.
            if (head.lock().backfilledAt() != null) {
                return Map.<RecordKind, Integer>of();
            }
            Map<RecordKind, Integer> counts = new LinkedHashMap<>();
            for (RecordKind kind : RecordKind.values()) {
                Set<String> done = new HashSet<>(jdbc.queryForList("SELECT record_key FROM audit_record_seal WHERE kind = ?",
                        String.class, kind.name()));
                int n = 0;
                for (String key : digest.keys(kind)) {
                    if (!done.contains(key)) {
                        seals.append(kind, key);
                        n++;
                    }
                }
                if (n > 0) {
                    counts.put(kind, n);
                }
            }
            head.backfilled(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneId.systemDefault()));
            return counts;
        });
        if (sealed != null && !sealed.isEmpty()) {
            LOG.info("record chain: sealed {} records stored before it began ({}) in {} ms",
                    sealed.values().stream().mapToInt(Integer::intValue).sum(), sealed, (System.nanoTime() - started) / 1_000_000);
        }
        return sealed == null ? Map.of() : sealed;
    }
}

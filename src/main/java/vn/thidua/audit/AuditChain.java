package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit chain: recomputes every sealed run's hashes from its stored rows, follows the
 * links from the first run to the chain head, and names the first run that no longer matches; checks
 * the content hashes of the runs waiting for their link ({@link RunSealer}) and lists them, or names
 * one that has waited longer than {@code thidua.audit.seal-grace} (10 min); then
 * does the same for the record chain ({@link RecordSeals}) and names the first record that no longer matches.
 */
@Service
public class AuditChain {

    /** Runs waiting for their seal listed by id in the report; the count covers them all. */
    static final int LISTED = 100;

    private final JdbcTemplate jdbc;
    private final ChainHead head;
    private final RunRows rows;
    private final RecordChain records;
    private final Clock clock;
    private final Duration grace;

    AuditChain(JdbcTemplate jdbc, ChainHead head, RunRows rows, RecordChain records, Clock clock,
            @Value("${thidua.audit.seal-grace:PT10M}") Duration grace) {
        if (grace == null || grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("thidua.audit.seal-grace must be a positive duration (e.g. 10m), is " + grace);
        }
        this.clock = clock;
        this.grace = grace;
        this.jdbc = jdbc;
        this.head = head;
        this.rows = rows;
        this.records = records;
    }

    /** Verifies every run and every sealed record; an empty database gives an intact chain of no runs and no records. */
    // One snapshot (REPEATABLE READ: MariaDB's default, H2's MVStore snapshot) for the whole check, so a run
    // stored or linked while it runs is seen in neither or both of the runs and the record chain.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        long started = System.nanoTime();
        ChainReport runs = runs(started);
        RecordChainReport sealed = records.verify();
        return new ChainReport(runs.intact() && sealed.intact(), runs.runsChecked(), runs.unchainedRuns(),
                runs.firstAlteredRunId(), runs.chainSeq(), runs.differences(), millis(started), runs.intact(), sealed,
                runs.waitingRuns(), runs.waitingRunIds());
    }

    private ChainReport runs(long started) {
        // The head first: seals linked after it was read (seq beyond it) are checked as waiting ones, so a
        // sealer linking runs meanwhile never makes the chain look longer than its head.
        ChainHead.State state = head.read();
        long unchained = count("SELECT COUNT(*) FROM evaluation_run WHERE id <= ?", state.lastUnchainedRunId());
        List<Long> unsealed = jdbc.queryForList("SELECT id FROM evaluation_run r WHERE id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM evaluation_run_seal s WHERE s.run_id = r.id) ORDER BY id", Long.class,
                state.lastUnchainedRunId());
        if (!unsealed.isEmpty()) {
            return altered(started, 0, unchained, unsealed.get(0), null, List.of("run " + unsealed.get(0)
                    + " has no seal: its seal row was removed, or the run was written around the audit chain"));
        }
        List<RunSeal> seals = jdbc.query("SELECT * FROM evaluation_run_seal ORDER BY run_id", (rs, n) -> new RunSeal(
                rs.getLong("run_id"), (Long) rs.getObject("chain_seq", Long.class), rs.getString("prev_hash"),
                rs.getString("header_sha256"), rs.getString("decisions_sha256"), rs.getString("criteria_sha256"),
                rs.getString("content_sha256"), rs.getString("run_hash")));
        List<RunSeal> chain = new ArrayList<>();
        List<RunSeal> waiting = new ArrayList<>();
        for (RunSeal seal : seals) {
            (seal.linked() && seal.chainSeq() <= state.last().seq() ? chain : waiting).add(seal);
        }
        chain.sort(Comparator.comparingLong(RunSeal::chainSeq));
        ChainHead.Link previous = new ChainHead.Link(0, RunDigest.GENESIS);
        for (RunSeal seal : chain) {
            List<String> differences = check(seal, previous);
            if (!differences.isEmpty()) {
                return altered(started, seal.chainSeq() - 1, unchained, seal.runId(), seal.chainSeq(), differences);
            }
            previous = new ChainHead.Link(seal.chainSeq(), seal.runHash());
        }
        if (!previous.equals(state.last())) {
            return altered(started, chain.size(), unchained, null, state.last().seq(), List.of("the chain head names run seq "
                    + state.last().seq() + " with hash " + state.last().hash() + ", but the chain ends at seq "
                    + previous.seq() + " with hash " + previous.hash() + ": runs were removed from its end, or the head was altered"));
        }
        Instant overdue = clock.instant().minus(grace);
        List<Long> waitingIds = new ArrayList<>();
        for (RunSeal seal : waiting) {
            List<String> differences = content(seal);
            Instant stored = storedAt(seal.runId());
            if (differences.isEmpty() && !seal.linked() && stored != null && stored.isBefore(overdue)) {
                differences.add("run " + seal.runId() + " waits for its seal since " + stored + ", longer than thidua.audit.seal-grace ("
                        + grace + "): its link was removed, or no instance has run the sealer since it was stored"
                        + " (every start links the runs waiting; see the log for \"run sealer\")");
            }
            if (!differences.isEmpty()) {
                return altered(started, chain.size(), unchained, seal.runId(), seal.chainSeq(), differences);
            }
            waitingIds.add(seal.runId());
        }
        return new ChainReport(true, chain.size(), unchained, null, null, List.of(), millis(started), true, null,
                waitingIds.size(), List.copyOf(waitingIds.subList(0, Math.min(LISTED, waitingIds.size()))));
    }

    /** When a run was stored (its created_at, written in the JVM's zone), or null when its header row is gone. */
    private Instant storedAt(long runId) {
        List<LocalDateTime> at = jdbc.query("SELECT created_at FROM evaluation_run WHERE id = ?",
                (rs, n) -> rs.getObject("created_at", LocalDateTime.class), runId);
        return at.isEmpty() ? null : at.get(0).atZone(ZoneId.systemDefault()).toInstant();
    }

    private List<String> check(RunSeal seal, ChainHead.Link previous) {
        List<String> differences = new ArrayList<>();
        long run = seal.runId();
        if (seal.chainSeq() != previous.seq() + 1) {
            differences.add("link broken: run " + run + " has chain seq " + seal.chainSeq() + ", but the previous run has seq "
                    + previous.seq() + " (runs between them were removed)");
        }
        if (!seal.prevHash().equals(previous.hash())) {
            differences.add("link broken: run " + run + " names the previous run's hash " + seal.prevHash()
                    + ", but that run's hash is " + previous.hash());
        }
        differences.addAll(content(seal));
        if (differences.isEmpty()) {
            compare(differences, "run hash (seal of run " + run + ")", seal.runHash(),
                    RunDigest.link(seal.chainSeq(), seal.prevHash(), seal.contentSha256()));
        }
        return differences;
    }

    /**
     * What no longer matches between a seal's content hashes and the run's rows as stored; checked for a
     * run waiting for its link too, whose content hashes were written with its rows.
     */
    private List<String> content(RunSeal seal) {
        List<String> differences = new ArrayList<>();
        long run = seal.runId();
        List<String> header = rows.header(run);
        if (header == null) {
            differences.add("run " + run + " is sealed but its header row (evaluation_run) was removed");
            return differences;
        }
        RunDigest decisions = new RunDigest();
        AtomicLong decisionRows = new AtomicLong();
        rows.decisions(run, row -> {
            decisions.row(row);
            decisionRows.incrementAndGet();
        });
        RunDigest criteria = new RunDigest();
        List<String> alteredDocuments = new ArrayList<>();
        rows.criteria(run, criteria::row, alteredDocuments::add);
        String headerHash = new RunDigest().row(header).hex();
        compare(differences, "header (evaluation_run " + run + ")", seal.headerSha256(), headerHash);
        compare(differences, "decision rows (evaluation_decision of run " + run + ")", seal.decisionsSha256(), decisions.hex());
        compare(differences, criteria(rows.layout(run), run), seal.criteriaSha256(), criteria.hex());
        alteredDocuments.stream().limit(20).forEach(differences::add);
        if (alteredDocuments.size() > 20) {
            differences.add((alteredDocuments.size() - 20) + " more decisions or citations of run " + run + " whose criteria document or citation changed");
        }
        requestParts(differences, run, header);
        hints(differences, header, decisionRows.get());
        if (differences.isEmpty()) {
            String content = RunDigest.content(seal.headerSha256(), seal.decisionsSha256(), seal.criteriaSha256());
            compare(differences, "content hash (seal of run " + run + ")", seal.contentSha256(), content);
        }
        return differences;
    }

    /** What the seal's criteria hash covers in a run of this layout. */
    private static String criteria(String layout, long run) {
        if (layout == null) {
            return "criterion rows (evaluation_criterion of run " + run + ")";
        }
        return DecisionStore.CITED.equals(layout)
                ? "criteria documents and citations (evaluation_decision.criteria_json, evaluation_citation of run " + run + ")"
                : "criteria documents (evaluation_decision.criteria_json of run " + run + ")";
    }

    private static void compare(List<String> differences, String what, String sealed, String recomputed) {
        if (!Objects.equals(sealed, recomputed)) {
            differences.add("content changed: the " + what + " hash to " + recomputed + ", the seal says " + sealed);
        }
    }

    /**
     * A run stored with its request in parts (request_json null, V32): the seal covers the request through the
     * header's request_sha256, so the parts must still hash to it.
     */
    private void requestParts(List<String> differences, long run, List<String> header) {
        if (RunRows.value(header, "request_json") != null) {
            return;
        }
        String recorded = RunRows.value(header, "request_sha256");
        String parts = rows.requestPartsSha256(run);
        if (parts == null) {
            differences.add("content changed: the request of run " + run + " (evaluation_request_part) was removed");
        } else if (!parts.equals(recorded)) {
            differences.add("content changed: the request of run " + run + " (evaluation_request_part) no longer has its recorded"
                    + " SHA-256 " + recorded);
        }
    }

    private static void hints(List<String> differences, List<String> header, long decisionRows) {
        String request = RunRows.value(header, "request_json");
        String recorded = RunRows.value(header, "request_sha256");
        if (request != null && !RunDigest.of(request.getBytes(StandardCharsets.UTF_8)).equals(recorded)) {
            differences.add("the stored request (request_json) no longer has its recorded SHA-256 " + recorded);
        }
        String count = RunRows.value(header, "decision_count");
        if (count != null && Long.parseLong(count) != decisionRows) {
            differences.add("decision_count is " + count + " but " + decisionRows + " decision rows are stored");
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static ChainReport altered(long started, long checked, long unchained, Long runId, Long seq, List<String> differences) {
        return new ChainReport(false, checked, unchained, runId, seq, List.copyOf(differences), millis(started), false, null, 0, List.of());
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

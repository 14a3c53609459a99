package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit chain: recomputes every sealed run's hashes from its stored rows, follows the
 * links from the first run to the chain head, and names the first run that no longer matches; then
 * does the same for the record chain ({@link RecordSeals}) and names the first record that no longer matches.
 */
@Service
public class AuditChain {

    private final JdbcTemplate jdbc;
    private final ChainHead head;
    private final RunRows rows;
    private final RecordChain records;

    AuditChain(JdbcTemplate jdbc, ChainHead head, RunRows rows, RecordChain records) {
        this.jdbc = jdbc;
        this.head = head;
        this.rows = rows;
        this.records = records;
    }

    /** Verifies every run and every sealed record; an empty database gives an intact chain of no runs and no records. */
    @Transactional(readOnly = true)
    public ChainReport verify() {
        long started = System.nanoTime();
        ChainReport runs = runs(started);
        RecordChainReport sealed = records.verify();
        return new ChainReport(runs.intact() && sealed.intact(), runs.runsChecked(), runs.unchainedRuns(),
                runs.firstAlteredRunId(), runs.chainSeq(), runs.differences(), millis(started), runs.intact(), sealed);
    }

    private ChainReport runs(long started) {
        ChainHead.State state = head.read();
        long unchained = count("SELECT COUNT(*) FROM evaluation_run WHERE id <= ?", state.lastUnchainedRunId());
        List<Long> unsealed = jdbc.queryForList("SELECT id FROM evaluation_run r WHERE id > ? AND NOT EXISTS"
                + " (SELECT 1 FROM evaluation_run_seal s WHERE s.run_id = r.id) ORDER BY id", Long.class,
                state.lastUnchainedRunId());
        if (!unsealed.isEmpty()) {
            return altered(started, 0, unchained, unsealed.get(0), null, List.of("run " + unsealed.get(0)
                    + " has no seal: its seal row was removed, or the run was written around the audit chain"));
        }
        List<RunSeal> seals = jdbc.query("SELECT * FROM evaluation_run_seal ORDER BY chain_seq", (rs, n) -> new RunSeal(
                rs.getLong("run_id"), rs.getLong("chain_seq"), rs.getString("prev_hash"), rs.getString("header_sha256"),
                rs.getString("decisions_sha256"), rs.getString("criteria_sha256"), rs.getString("content_sha256"),
                rs.getString("run_hash")));
        ChainHead.Link previous = new ChainHead.Link(0, RunDigest.GENESIS);
        for (RunSeal seal : seals) {
            List<String> differences = check(seal, previous);
            if (!differences.isEmpty()) {
                return altered(started, seal.chainSeq() - 1, unchained, seal.runId(), seal.chainSeq(), differences);
            }
            previous = new ChainHead.Link(seal.chainSeq(), seal.runHash());
        }
        if (!previous.equals(state.last())) {
            return altered(started, seals.size(), unchained, null, state.last().seq(), List.of("the chain head names run seq "
                    + state.last().seq() + " with hash " + state.last().hash() + ", but the chain ends at seq "
                    + previous.seq() + " with hash " + previous.hash() + ": runs were removed from its end, or the head was altered"));
        }
        return new ChainReport(true, seals.size(), unchained, null, null, List.of(), millis(started), true, null);
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
        compare(differences, rows.documents(run) ? "criteria documents (evaluation_decision.criteria_json of run " + run + ")"
                : "criterion rows (evaluation_criterion of run " + run + ")", seal.criteriaSha256(), criteria.hex());
        alteredDocuments.stream().limit(20).forEach(differences::add);
        if (alteredDocuments.size() > 20) {
            differences.add((alteredDocuments.size() - 20) + " more decisions of run " + run + " whose criteria document changed");
        }
        hints(differences, header, decisionRows.get());
        if (differences.isEmpty()) {
            String content = RunDigest.content(seal.headerSha256(), seal.decisionsSha256(), seal.criteriaSha256());
            compare(differences, "content hash (seal of run " + run + ")", seal.contentSha256(), content);
            compare(differences, "run hash (seal of run " + run + ")", seal.runHash(),
                    RunDigest.link(seal.chainSeq(), seal.prevHash(), seal.contentSha256()));
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, String sealed, String recomputed) {
        if (!Objects.equals(sealed, recomputed)) {
            differences.add("content changed: the " + what + " hash to " + recomputed + ", the seal says " + sealed);
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
        return new ChainReport(false, checked, unchained, runId, seq, List.copyOf(differences), millis(started), false, null);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

package vn.thidua.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.dossier.RequestReader;

/**
 * Writes, at start, the results-table rows ({@link ResultRows}) of the runs stored before they
 * existed (a database upgraded to V23): each such run's rows are derived from its stored request,
 * decisions and rankings, one transaction per run, so a start interrupted half-way resumes with the
 * runs left. Then the summaries ({@link ResultSummaries}) of the runs stored with rows but before them
 * (V26, V29), summed from their rows. Later starts find no run without either and do nothing but
 * those two queries.
 */
@Component
class ResultRowBackfill implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ResultRowBackfill.class);

    private final ResultRows rows;
    private final ResultSummaries summaries;
    private final RankingStore rankings;
    private final RequestReader reader;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ResultRowBackfill(ResultRows rows, ResultSummaries summaries, RankingStore rankings, RequestReader reader, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.summaries = summaries;
        this.rankings = rankings;
        this.reader = reader;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        backfill();
        backfillSummaries();
    }

    /** Writes the rows of every run that has none; returns how many runs got their rows. */
    int backfill() {
        long started = System.nanoTime();
        List<Long> runs = rows.runsWithoutRows();
        int done = 0;
        for (long runId : runs) {
            Boolean wrote;
            try {
                wrote = transactions.execute(status -> {
                // Checked again inside the transaction: another instance starting together may have done it.
                Long present = jdbc.queryForObject("SELECT COUNT(*) FROM run_result_row WHERE run_id = ?", Long.class, runId);
                if (present != null && present > 0) {
                    return false;
                }
                String request = jdbc.queryForObject("SELECT request_json FROM evaluation_run WHERE id = ?", String.class, runId);
                rows.insert(runId, rows.decisionsWithoutCriteria(runId), subjects(runId, request), rankings.find(runId));
                return true;
                });
            } catch (DataAccessException e) {
                // Another instance wrote them between the check and the insert: its rows stand.
                LOG.warn("results table: the rows of run {} were not written here ({})", runId, e.getMessage());
                wrote = false;
            }
            if (Boolean.TRUE.equals(wrote)) {
                done++;
            }
        }
        if (done > 0) {
            LOG.info("results table: wrote the rows of {} runs stored before V23 in {} ms", done,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return done;
    }

    /** Writes the summary of every run that has rows but no summary; returns how many runs got theirs. */
    int backfillSummaries() {
        long started = System.nanoTime();
        int done = 0;
        for (long runId : summaries.runsWithoutSummary()) {
            Boolean wrote;
            try {
                wrote = transactions.execute(status -> {
                    if (summaries.present(runId)) {
                        return false;
                    }
                    summaries.insertFromRows(runId);
                    return true;
                });
            } catch (DataAccessException e) {
                // Another instance wrote it between the check and the insert (the primary key refuses a second): its lines stand.
                LOG.warn("results table: the summary of run {} was not written here ({})", runId, e.getMessage());
                wrote = false;
            }
            if (Boolean.TRUE.equals(wrote)) {
                done++;
            }
        }
        if (done > 0) {
            LOG.info("results table: wrote the summaries of {} runs stored before V26 or V29 in {} ms", done,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return done;
    }

    // A request stored years ago may no longer read under today's request format: its rows then show
    // subject ids for names and no unit, rather than the start failing.
    private ResultRows.Subjects subjects(long runId, String request) {
        try {
            return ResultRows.Subjects.of(reader.read(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            LOG.warn("results table: the request of run {} no longer reads ({}); its rows show subject ids without units",
                    runId, e.getMessage());
            return new ResultRows.Subjects(Map.of(), Map.of(), Map.of());
        }
    }
}

package vn.thidua.audit;

import java.util.List;

/**
 * The result of verifying the audit chain: the chain of evaluation runs and the record chain.
 * {@code intact} is true only when both are. The run fields are as they were before the record
 * chain: {@code firstAlteredRunId} is null when the runs are intact, or when only the runs' head was
 * altered (runs removed from its end); {@code differences} say what no longer matches in the runs;
 * {@code unchainedRuns} were stored before the chain began and are not covered; {@code runsIntact}
 * is the runs' verdict alone. {@code records} is the record chain's report; {@code millis} covers both.
 * {@code waitingRuns} were stored, their content hashes checked, and wait for their link into the
 * chain (vn.thidua.audit.RunSealer; not an alteration while they wait less than
 * {@code thidua.audit.seal-grace}); {@code waitingRunIds} lists the first 100 of them by id.
 */
public record ChainReport(boolean intact, long runsChecked, long unchainedRuns, Long firstAlteredRunId,
        Long chainSeq, List<String> differences, long millis, boolean runsIntact, RecordChainReport records,
        long waitingRuns, List<Long> waitingRunIds) {
}

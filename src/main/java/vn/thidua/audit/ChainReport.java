package vn.thidua.audit;

import java.util.List;

/**
 * The result of verifying the audit chain. {@code firstAlteredRunId} is null when the chain is
 * intact, or when only its head was altered (runs removed from its end); {@code differences} say
 * what no longer matches. {@code unchainedRuns} were stored before the chain began and are not covered.
 */
public record ChainReport(boolean intact, long runsChecked, long unchainedRuns, Long firstAlteredRunId,
        Long chainSeq, List<String> differences, long millis) {
}

package vn.thidua.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The record chain's part of a verification. {@code sealedByKind} counts the seals checked per
 * kind; {@code unsealedRecords} counts records of a sealed kind that have no seal (written around the
 * chain, or their seal removed). The first record that no longer matches, or else the first record
 * without a seal, is named by {@code firstAlteredKind} and {@code firstAlteredKey}, with its chain seq
 * (null for an unsealed record) and the {@code tables} whose rows changed; {@code differences} say what.
 * {@code backfilledAt} is when the records stored before the chain began were sealed (the server's
 * wall-clock time; null while not yet).
 */
public record RecordChainReport(boolean intact, long recordsChecked, Map<String, Long> sealedByKind, long unsealedRecords,
        String firstAlteredKind, String firstAlteredKey, Long chainSeq, List<String> tables, List<String> differences,
        LocalDateTime backfilledAt, long millis) {
}

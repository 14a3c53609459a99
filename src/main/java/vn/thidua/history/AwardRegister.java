package vn.thidua.history;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The register of conferred awards, read side: what an evaluation completes its request from. */
public interface AwardRegister {

    /** The order of {@link #history}: by subject, year, award, decision date and entry. */
    Comparator<RegisteredAward> ORDER = Comparator.comparing(RegisteredAward::subjectId).thenComparingInt(RegisteredAward::year)
            .thenComparing(RegisteredAward::award).thenComparing(RegisteredAward::decisionDate)
            .thenComparingLong(RegisteredAward::entryId);

    /**
     * Every register entry of these subjects for achievement years before {@code beforeYear}, the
     * revoked ones included with their revocation, ordered by subject, year, award, decision date and
     * entry. Empty when the register holds nothing for them (or {@code subjectIds} is empty).
     */
    List<RegisteredAward> history(Collection<String> subjectIds, int beforeYear);
}

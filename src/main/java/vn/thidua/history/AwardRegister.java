package vn.thidua.history;

import java.util.Collection;
import java.util.List;

/** The register of conferred awards, read side: what an evaluation completes its request from. */
public interface AwardRegister {

    /**
     * Every register entry of these subjects for achievement years before {@code beforeYear}, the
     * revoked ones included with their revocation, ordered by subject, year, award, decision date and
     * entry. Empty when the register holds nothing for them (or {@code subjectIds} is empty).
     */
    List<RegisteredAward> history(Collection<String> subjectIds, int beforeYear);
}

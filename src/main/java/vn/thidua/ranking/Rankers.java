package vn.thidua.ranking;

import java.util.concurrent.atomic.AtomicReference;

import vn.thidua.eligibility.engine.RuleSet;

/**
 * The ranker of each rule set, its policy file read once per version rather than once per run.
 * Keeps the ranker of the last version asked for: runs use the active version, which changes rarely.
 */
public final class Rankers {

    private record Entry(String version, Ranker ranker) {
    }

    private final AtomicReference<Entry> last = new AtomicReference<>();

    /** Rankers that read a policy when first asked ({@code RankingConfiguration} asks before the application serves). */
    Rankers() {
    }

    /**
     * The ranker under the ranking policy of {@code ruleSet}.
     *
     * @throws vn.thidua.eligibility.engine.RuleSetException naming the file and line when the policy is missing or wrong
     */
    public Ranker forRuleSet(RuleSet ruleSet) {
        Entry entry = last.get();
        if (entry == null || !entry.version().equals(ruleSet.version())) {
            entry = new Entry(ruleSet.version(), Ranker.of(ruleSet));
            last.set(entry);
        }
        return entry.ranker();
    }
}

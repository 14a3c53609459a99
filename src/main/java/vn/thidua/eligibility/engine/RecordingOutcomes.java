package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.facts.Outcomes;
import vn.thidua.eligibility.facts.Proposal;

/**
 * The {@code out} global of one session and its fired-rule recorder: it knows which rule is firing,
 * so a consequence only states the result; the criterion comes from the rule's metadata.
 */
final class RecordingOutcomes extends DefaultAgendaEventListener implements Outcomes {

    private final RuleSet ruleSet;
    private final Map<Proposal, Map<String, RawResult>> results = new IdentityHashMap<>();
    private final Map<Proposal, Map<String, Map<String, Object>>> warnings = new IdentityHashMap<>();
    private RuleMeta firing;
    private long firings;

    RecordingOutcomes(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** What the rules said for one criterion of one proposal. */
    static final class RawResult {
        CriterionStatus status;
        final List<String> variants = new ArrayList<>();
        final Map<String, Object> facts = new LinkedHashMap<>();
        final List<String> rules = new ArrayList<>();
        boolean conflict;
        /** The citation of the rule that decided (the first rule that recorded the winning result). */
        Citation citation;
    }

    Map<String, RawResult> resultsFor(Proposal proposal) {
        return results.getOrDefault(proposal, Map.of());
    }

    /** Warnings raised for a proposal, by code, with the facts of the first rule that raised each. */
    Map<String, Map<String, Object>> warningsFor(Proposal proposal) {
        return warnings.getOrDefault(proposal, Map.of());
    }

    long firings() {
        return firings;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = ruleSet.rule(event.getMatch().getRule().getName());
        firings++;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    @Override
    public void met(Proposal proposal, Map<String, Object> facts) {
        record(proposal, CriterionStatus.MET, null, facts);
    }

    @Override
    public void met(Proposal proposal, String variant, Map<String, Object> facts) {
        record(proposal, CriterionStatus.MET, variant, facts);
    }

    @Override
    public void notMet(Proposal proposal, Map<String, Object> facts) {
        record(proposal, CriterionStatus.NOT_MET, null, facts);
    }

    @Override
    public void notMet(Proposal proposal, String variant, Map<String, Object> facts) {
        record(proposal, CriterionStatus.NOT_MET, variant, facts);
    }

    @Override
    public void needs(Proposal proposal, Map<String, Object> facts) {
        record(proposal, CriterionStatus.NOT_EVALUATED, null, facts);
    }

    @Override
    public void needs(Proposal proposal, String variant, Map<String, Object> facts) {
        record(proposal, CriterionStatus.NOT_EVALUATED, variant, facts);
    }

    @Override
    public void judgement(Proposal proposal, Map<String, Object> facts) {
        record(proposal, CriterionStatus.JUDGEMENT, null, facts);
    }

    @Override
    public void judgement(Proposal proposal, String variant, Map<String, Object> facts) {
        record(proposal, CriterionStatus.JUDGEMENT, variant, facts);
    }

    @Override
    public void warn(Proposal proposal, Map<String, Object> facts) {
        if (firing == null || firing.warning() == null) {
            throw new IllegalStateException("rule \"" + (firing == null ? "?" : firing.name())
                    + "\" raises a warning but has no @warning metadata");
        }
        warnings.computeIfAbsent(proposal, p -> new LinkedHashMap<>())
                .putIfAbsent(firing.warning(), facts == null ? Map.of() : facts);
    }

    private void record(Proposal proposal, CriterionStatus status, String variant, Map<String, Object> facts) {
        if (firing == null || firing.criterion() == null) {
            throw new IllegalStateException("an outcome was recorded outside the consequence of a criterion rule");
        }
        if (firing.metSide() != (status == CriterionStatus.MET)) {
            throw new IllegalStateException("rule \"" + firing.name() + "\" in " + firing.file() + " records " + status
                    + ", but its name says it is the " + (firing.metSide() ? "met" : "not met") + " rule");
        }
        if (firing.verb() != null && !firing.verb().equals(verb(status))) {
            throw new IllegalStateException("rule \"" + firing.name() + "\" in " + firing.file() + " records " + status
                    + ", but its name says \"" + firing.verb() + "\"; name it \"" + firing.criterion() + " " + verb(status) + ": ...\"");
        }
        RawResult result = results.computeIfAbsent(proposal, p -> new LinkedHashMap<>())
                .computeIfAbsent(firing.criterion(), c -> new RawResult());
        if (result.status != null && result.status != status) {
            result.conflict = true;
            if (severity(status) <= severity(result.status)) {
                return;
            }
            result.variants.clear();
            result.facts.clear();
            result.citation = null;
        }
        result.status = status;
        if (result.citation == null) {
            result.citation = firing.citation();
        }
        if (variant != null && !result.variants.contains(variant)) {
            result.variants.add(variant);
        }
        if (facts != null) {
            facts.forEach(result.facts::putIfAbsent);
        }
        result.rules.add(firing.name());
    }

    /** The verb a rule's name has for the result it records. */
    static String verb(CriterionStatus status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case NOT_EVALUATED -> "needs";
            case JUDGEMENT -> "for the council";
        };
    }

    /** When rules contradict each other, the result that blocks most wins, and the conflict is reported. */
    private static int severity(CriterionStatus status) {
        return switch (status) {
            case NOT_MET -> 3;
            case NOT_EVALUATED -> 2;
            case JUDGEMENT -> 1;
            case MET -> 0;
        };
    }
}

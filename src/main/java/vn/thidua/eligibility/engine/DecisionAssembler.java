package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import java.time.LocalDate;

import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Instrument;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;
import vn.thidua.eligibility.facts.Facts;

/**
 * Turns what the rules recorded for one proposal into a decision: every catalogued criterion gets
 * a result (NOT_EVALUATED when no rule answered), the outcome follows the precedence of docs/request-and-result.md §3.3,
 * and explanations and what is missing are rendered from the message templates.
 */
final class DecisionAssembler {

    private final RuleSet ruleSet;
    private final MessageCatalog messages;

    DecisionAssembler(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.messages = ruleSet.messages();
    }

    EligibilityDecision assemble(String subjectId, SubjectKind kind, AwardCode award, String branch, LocalDate decisionDate,
            Authority authority,
            Map<String, RecordingOutcomes.RawResult> recorded, Map<String, Map<String, Object>> raised,
            List<Warning> subjectWarnings) {
        List<CriterionOutcome> criteria = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        List<Text> needed = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(subjectWarnings);
        raised.forEach((code, facts) -> warnings.add(warning(code, facts)));
        boolean notMet = false;
        boolean deferred = false;
        boolean incomplete = false;
        boolean judgement = false;
        java.util.Set<String> lapsed = new java.util.HashSet<>();
        for (CriterionDefinition definition : ruleSet.criteriaFor(award, kind, branch)) {
            RecordingOutcomes.RawResult raw = recorded.get(definition.id());
            CriterionStatus status = raw == null ? CriterionStatus.NOT_EVALUATED : raw.status;
            Map<String, Object> facts = raw == null ? Map.of() : raw.facts;
            List<String> variants = raw == null ? List.of() : raw.variants;
            String id = definition.id();
            Text explanation = text(id + "." + status, variants, facts);
            if (explanation == null) {
                explanation = messages.render(Facts.of("criterion", id), "criterion.noRule");
            }
            // The citation of the rule that decided: a dated amendment's rule cites its own text.
            Citation citation = raw != null && raw.citation != null ? raw.citation : definition.citation();
            criteria.add(new CriterionOutcome(id, status, explanation, citation, jsonFacts(facts),
                    raw == null ? List.of() : List.copyOf(raw.rules)));
            Instrument instrument = citation.instrument();
            if (decisionDate != null && instrument != null && !instrument.inForceOn(decisionDate) && lapsed.add(instrument.id())) {
                warnings.add(warning("INSTRUMENT_NOT_IN_FORCE", Facts.of("criterion", id, "instrument", instrument.number(),
                        "decisionDate", decisionDate, "effective", instrument.effective() == null ? "—" : instrument.effective(),
                        "ceases", instrument.ceases() == null ? "—" : instrument.ceases())));
            }
            switch (status) {
                case NOT_MET -> {
                    if (definition.defers()) {
                        deferred = true;
                    } else {
                        notMet = true;
                        addIfPresent(missing, text(id + ".missing", variants, facts));
                    }
                }
                case NOT_EVALUATED -> {
                    incomplete = true;
                    Text need = text(id + ".needs", variants, facts);
                    needed.add(need != null ? need : messages.render(Facts.of("criterion", id), "criterion.needs"));
                }
                case JUDGEMENT -> judgement = true;
                case MET -> { }
            }
            if (raw != null && raw.conflict) {
                warnings.add(warning("RULE_CONFLICT", Facts.of("criterion", id, "rules", raw.rules)));
            }
        }
        Outcome outcome = notMet ? Outcome.NOT_ELIGIBLE : deferred ? Outcome.DEFERRED
                : incomplete ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
        List<Text> missingOut = new ArrayList<>();
        if (outcome == Outcome.NOT_ELIGIBLE || outcome == Outcome.INCOMPLETE) {
            missingOut.addAll(missing);
            missingOut.addAll(needed);
        }
        // Several criteria may ask for the same thing (a collective's member list): say it once.
        return new EligibilityDecision(subjectId, kind, award, outcome, judgement, List.copyOf(criteria),
                missingOut.stream().distinct().toList(), List.copyOf(warnings), authority);
    }

    Warning warning(String code, Map<String, Object> facts) {
        Text text = messages.render(facts, "warning." + code);
        return text == null ? new Warning(code, code, code) : new Warning(code, text.vi(), text.en());
    }

    private Text text(String key, List<String> variants, Map<String, Object> facts) {
        if (variants.isEmpty()) {
            return messages.render(facts, key);
        }
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String variant : variants) {
            Text part = messages.render(facts, key + "." + variant, key);
            if (part != null && vi.indexOf(part.vi()) < 0) {
                vi.append(vi.length() == 0 ? "" : " ").append(part.vi());
                en.append(en.length() == 0 ? "" : " ").append(part.en());
            }
        }
        return vi.length() == 0 ? null : new Text(vi.toString(), en.toString());
    }

    private static void addIfPresent(List<Text> list, Text text) {
        if (text != null) {
            list.add(text);
        }
    }

    private static Map<String, Object> jsonFacts(Map<String, Object> facts) {
        Map<String, Object> out = new LinkedHashMap<>();
        facts.forEach((name, value) -> out.put(name, Facts.asCarried(value)));
        return out;
    }
}

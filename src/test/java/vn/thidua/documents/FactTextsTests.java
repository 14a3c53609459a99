package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Text;

/**
 * Facts in people's words: every fact key the shipped rules emit on the sample communes is named in
 * both languages, and no formatted value shows a code, a map or a field name.
 */
class FactTextsTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;
    /** An enum-like code (upper case with an underscore), map text or braces. */
    private static final Pattern RAW = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|=|\\{|}");
    /** The keys of a parameter as a decision carries it: shown as a sentence, never by name. */
    private static final List<String> CARRIED = List.of("parameter", "value", "since", "reference");

    private final FactTexts facts = new FactTexts(EvaluatedCommunes.ruleSet());

    @Test
    void everyFactKeyTheShippedRulesEmitIsNamedInBothLanguages() {
        Map<String, String> unnamed = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>();
        for (String file : List.of("data/commune-300.json", "data/sample-commune.json")) {
            for (EligibilityDecision decision : EvaluatedCommunes.of(file).evaluation().decisions()) {
                for (CriterionOutcome criterion : decision.criteria()) {
                    collect(criterion.facts(), criterion.id(), keys, unnamed);
                }
            }
        }
        assertThat(keys).as("fact keys seen").hasSizeGreaterThan(20);
        assertThat(unnamed).as("fact keys without fact.<key> in rules/messages_vi and _en (key → a criterion using it)").isEmpty();
    }

    @Test
    void noFormattedFactShowsACodeAMapOrBraces() {
        Map<String, String> raw = new TreeMap<>();
        for (String file : List.of("data/commune-300.json", "data/sample-commune.json")) {
            for (EligibilityDecision decision : EvaluatedCommunes.of(file).evaluation().decisions()) {
                for (CriterionOutcome criterion : decision.criteria()) {
                    for (Locale locale : List.of(VI, EN)) {
                        for (FactTexts.Line line : facts.lines(criterion.facts(), locale)) {
                            String shown = line.label() + " " + line.value();
                            if (RAW.matcher(shown).find()) {
                                raw.putIfAbsent(criterion.id() + "." + line.key() + " " + locale, shown);
                            }
                        }
                    }
                }
            }
        }
        assertThat(raw).isEmpty();
    }

    @Test
    void aParameterReadsAsItsValueWithDateAndReference() {
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("parameter", "CHIEN_SI_THI_DUA_TOAN_QUOC.provincialTitleCycleYears");
        cycle.put("value", 3);
        cycle.put("since", "2024-01-01");
        cycle.put("reference", "Nghị định 152/2025/NĐ-CP, Điều 5");
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("cycle", cycle);
        shown.put("decisionDate", LocalDate.of(2026, 1, 20));
        shown.put("votePercent", new BigDecimal("70"));
        shown.put("disciplined", false);
        shown.put("rating", "HTTNV");
        shown.put("initiatives", List.of("SK-1", "SK-2", "SK-3"));

        assertThat(facts.lines(shown, VI)).extracting(l -> l.label() + ": " + l.value()).containsExactly(
                "chu kỳ: 03 năm, áp dụng từ 01/01/2024, căn cứ Nghị định 152/2025/NĐ-CP, Điều 5",
                label("decisionDate", true) + ": 20/01/2026",
                label("votePercent", true) + ": 70%",
                label("disciplined", true) + ": không",
                label("rating", true) + ": Hoàn thành tốt nhiệm vụ",
                label("initiatives", true) + ": SK-1, SK-2 và SK-3");
        assertThat(facts.lines(shown, EN)).extracting(l -> l.label() + ": " + l.value()).startsWith(
                "cycle: 3 years, from 01/01/2024, under Nghị định 152/2025/NĐ-CP, Điều 5");
        assertThat(facts.joined(shown, EN)).contains("SK-1, SK-2 and SK-3").contains("quality rating: Completed duties well").doesNotContain("=", "{");
    }

    @Test
    void aKeyWithoutALabelFallsBackToItsWords() {
        assertThat(facts.label("someNewFactKey", true)).isEqualTo("some new fact key");
        assertThat(facts.value("x", "SOME_UNNAMED_CODE", false)).isEqualTo("some unnamed code");
    }

    private String label(String key, boolean vi) {
        Text text = EvaluatedCommunes.ruleSet().text("fact." + key);
        return vi ? text.vi() : text.en();
    }

    private void collect(Map<?, ?> map, String criterion, TreeSet<String> keys, Map<String, String> unnamed) {
        if (map == null) {
            return;
        }
        boolean carried = map.containsKey("parameter") && map.containsKey("value");
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!(carried && CARRIED.contains(key))) {
                keys.add(key);
                if (!facts.hasLabel(key)) {
                    unnamed.putIfAbsent(key, criterion);
                }
            }
            for (Object nested : nestedMaps(v)) {
                collect((Map<?, ?>) nested, criterion, keys, unnamed);
            }
        });
    }

    private static List<Object> nestedMaps(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Map<?, ?>) {
            out.add(value);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> out.addAll(nestedMaps(item)));
        }
        return out;
    }
}

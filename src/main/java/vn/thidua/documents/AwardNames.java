package vn.thidua.documents;

import java.util.Locale;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.AwardTable;
import vn.thidua.eligibility.engine.RuleSet;

/**
 * The name of each award as printed on lists, in Vietnamese and English: the names of a rule set's
 * {@code awards.yaml}, the same the pages show.
 */
public final class AwardNames {

    private final AwardTable awards;

    public AwardNames(RuleSet ruleSet) {
        this.awards = ruleSet.awards();
    }

    /** The award's name in English for an English locale, in Vietnamese otherwise. */
    public String of(AwardCode award, Locale locale) {
        String name = awards.name(award, locale);
        // A loaded rule set names every award; the code is only ever a last resort.
        return name == null ? award.name() : name;
    }
}

package vn.thidua.web.site;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.AwardTable;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/**
 * The pages' texts: an award's name ({@code award.<CODE>}, as templates ask for it with
 * {@code #{'award.' + ${code}}}) from the active rule set's {@code awards.yaml}, so that pages and
 * documents name awards alike and a change of name is a rule change; every other text from the i18n
 * bundle Spring Boot configures ({@code spring.messages.*}).
 */
final class AwardNamesMessageSource implements MessageSource {

    static final String PREFIX = "award.";

    private final MessageSource pages;
    private final ObjectProvider<RuleSetRegistry> rules;

    AwardNamesMessageSource(MessageSource pages, ObjectProvider<RuleSetRegistry> rules) {
        this.pages = pages;
        this.rules = rules;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        String name = awardName(code, locale);
        return name != null ? name : pages.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        String name = awardName(code, locale);
        return name != null ? name : pages.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                String name = awardName(code, locale);
                if (name != null) {
                    return name;
                }
            }
        }
        return pages.getMessage(resolvable, locale);
    }

    /** The name of the award a code names, in the locale's language; null for any other code. */
    private String awardName(String code, Locale locale) {
        if (code == null || !code.startsWith(PREFIX)) {
            return null;
        }
        AwardCode award;
        try {
            award = AwardCode.valueOf(code.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        RuleSetRegistry registry = rules.getIfAvailable();
        RuleSet active = registry == null ? null : registry.active();
        AwardTable awards = active == null ? null : active.awards();
        return awards == null ? null : awards.name(award, locale == null ? WebConfiguration.VIETNAMESE : locale);
    }
}

package vn.thidua.documents;

import java.time.LocalDate;
import java.util.Locale;

import vn.thidua.dossier.AwardCode;

/**
 * How the council's list is printed: one award or all (null), the issuing body's name, the place and
 * date of the list, who prepares it and who signs for the council, and the language.
 */
public record ListOptions(AwardCode award, String issuer, String place, LocalDate date, String preparedBy, String signedBy,
        Locale locale) {

    /** A list of every award, in Vietnamese, dated today, with blank names to sign by hand. */
    public static ListOptions defaults(String issuer, LocalDate date) {
        return new ListOptions(null, issuer, null, date, null, null, Locale.forLanguageTag("vi"));
    }
}

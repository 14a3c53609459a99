package vn.thidua.documents;

import java.time.LocalDate;
import java.util.Locale;

import vn.thidua.dossier.AwardCode;

/**
 * How the council's list is printed: one award or all (null), the issuing body's name, the place and
 * date of the list, who prepares it and who signs for the council, the language, and the unit the
 * list is for (null: every subject of the request).
 */
public record ListOptions(AwardCode award, String issuer, String place, LocalDate date, String preparedBy, String signedBy,
        Locale locale, ListHeader header) {

    /** A list of the whole request, headed by {@code issuer}. */
    public ListOptions(AwardCode award, String issuer, String place, LocalDate date, String preparedBy, String signedBy, Locale locale) {
        this(award, issuer, place, date, preparedBy, signedBy, locale, null);
    }

    /** A list for the unit of {@code header} (its issuer and place), or the whole request. */
    public static ListOptions of(AwardCode award, ListHeader header, LocalDate date, Locale locale) {
        return new ListOptions(award, header.issuer(), header.place(), date, null, null, locale, header);
    }

    /** A list of every award, in Vietnamese, dated today, with blank names to sign by hand. */
    public static ListOptions defaults(String issuer, LocalDate date) {
        return new ListOptions(null, issuer, null, date, null, null, Locale.forLanguageTag("vi"));
    }
}

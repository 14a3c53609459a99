package vn.thidua.eligibility.facts;

import java.util.List;

import vn.thidua.dossier.Attestation;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.Title;

/** Reading ratings, attestations and titles by year: the same for individuals, collectives and households. */
final class Evidence {

    private Evidence() {
    }

    /** The rating level of a year, or null when none is recorded. */
    static String ratingOf(List<Rating> ratings, int year) {
        for (Rating r : ratings) {
            if (r.year() == year) {
                return r.level().name();
            }
        }
        return null;
    }

    /** Whether a rating (null when missing) is {@code level} or above. */
    static boolean atLeast(String rating, String level) {
        return rating != null && RatingLevel.valueOf(rating).compareTo(RatingLevel.valueOf(level)) <= 0;
    }

    /** Consecutive years ending in {@code year} rated HTXSNV. */
    static int excellentYearsInARow(List<Rating> ratings, int year) {
        int count = 0;
        while ("HTXSNV".equals(ratingOf(ratings, year - count))) {
            count++;
        }
        return count;
    }

    /** The minutes reference of a year's attestation of a kind ("" when it has none), or null when absent. */
    static String attestationRef(List<Attestation> attestations, int year, String kind) {
        for (Attestation a : attestations) {
            if (a.year() == year && a.kind().name().equals(kind)) {
                return a.minutesRef() == null ? "" : a.minutesRef();
            }
        }
        return null;
    }

    static boolean hasTitle(List<Title> titles, String award, int year) {
        return titles.stream().anyMatch(t -> t.code().name().equals(award) && t.year() == year);
    }
}

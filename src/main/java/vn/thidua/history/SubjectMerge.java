package vn.thidua.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Commendation;
import vn.thidua.dossier.Title;
import vn.thidua.eligibility.Warning;

/**
 * One subject's titles and commendations completed from its register entries (request-and-result.md
 * §6.6): the register wins for what it conferred or revoked, the request keeps what the register does
 * not hold. Only years before the evaluated year are compared; later ones are left as the request says.
 */
final class SubjectMerge {

    final List<Title> titles = new ArrayList<>();
    final List<Commendation> commendations = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();

    private final int periodYear;
    private final RegisterWarnings says;
    private final List<RegisteredAward> entries;
    // Years in which this application's own decisions conferred (or revoked) this subject's awards.
    private final Set<Integer> decidedYears = new HashSet<>();
    private final Set<Long> used = new HashSet<>();

    private SubjectMerge(int periodYear, List<RegisteredAward> entries, RegisterWarnings says) {
        this.periodYear = periodYear;
        this.says = says;
        this.entries = entries.stream().filter(e -> e.year() < periodYear).toList();
        this.entries.stream().filter(e -> e.source() == RegisteredAward.Source.DECISION).forEach(e -> decidedYears.add(e.year()));
    }

    /** The merge of a subject's request history with its register entries (all of this subject and kind). */
    static SubjectMerge of(int periodYear, List<Title> titles, List<Commendation> commendations, List<RegisteredAward> entries,
            RegisterWarnings says) {
        SubjectMerge merge = new SubjectMerge(periodYear, entries, says);
        merge.titles(titles);
        merge.commendations(commendations);
        return merge;
    }

    private void titles(List<Title> requested) {
        for (Title title : requested) {
            if (title.year() >= periodYear) {
                titles.add(title);
                continue;
            }
            RegisteredAward conferred = find(title.code(), title.decisionRef(), false, false, e -> e.year() == title.year());
            if (conferred != null) {
                used.add(conferred.entryId());
                if (sameReference(title.decisionRef(), conferred.decisionNumber())) {
                    titles.add(title);
                } else {
                    warnings.add(says.titleDecisionDiffers(title, conferred));
                    titles.add(new Title(title.code(), title.year(), conferred.decisionNumber(), title.basis()));
                }
                continue;
            }
            RegisteredAward revoked = find(title.code(), title.decisionRef(), true, false, e -> e.year() == title.year());
            if (revoked != null) {
                warnings.add(says.revoked(title.code(), String.valueOf(title.year()), title.decisionRef(), revoked));
                continue;
            }
            if (decidedYears.contains(title.year())) {
                warnings.add(says.notFound(title.code(), title.year(), title.decisionRef()));
            }
            titles.add(title);
        }
        for (RegisteredAward entry : unused(true)) {
            if (titles.stream().noneMatch(t -> t.code() == entry.award() && t.year() == entry.year())) {
                warnings.add(says.titleAdded(entry));
                titles.add(new Title(entry.award(), entry.year(), entry.decisionNumber(), List.of()));
            }
            used.add(entry.entryId());
        }
    }

    private void commendations(List<Commendation> requested) {
        for (Commendation commendation : requested) {
            Integer year = singleYear(commendation.achievementPeriod());
            if (year != null && year >= periodYear) {
                commendations.add(commendation);
                continue;
            }
            RegisteredAward conferred = find(commendation.code(), commendation.decisionRef(), false, true,
                    e -> Objects.equals(year, e.year()) || commendation.date() != null && commendation.date().equals(e.decisionDate()));
            if (conferred != null) {
                used.add(conferred.entryId());
                boolean same = sameReference(commendation.decisionRef(), conferred.decisionNumber())
                        && conferred.decisionDate().equals(commendation.date());
                if (!same) {
                    warnings.add(says.commendationDecisionDiffers(commendation, conferred));
                }
                commendations.add(new Commendation(commendation.code(), conferred.decisionDate(),
                        commendation.achievementPeriod() != null ? commendation.achievementPeriod() : String.valueOf(conferred.year()),
                        conferred.decisionNumber(), commendation.basis()));
                continue;
            }
            RegisteredAward revoked = find(commendation.code(), commendation.decisionRef(), true, true,
                    e -> Objects.equals(year, e.year()) || commendation.date() != null && commendation.date().equals(e.decisionDate()));
            if (revoked != null) {
                warnings.add(says.revoked(commendation.code(), Objects.toString(commendation.achievementPeriod(),
                        String.valueOf(revoked.year())), commendation.decisionRef(), revoked));
                continue;
            }
            if (year != null && decidedYears.contains(year)) {
                warnings.add(says.notFound(commendation.code(), year, commendation.decisionRef()));
            }
            commendations.add(commendation);
        }
        for (RegisteredAward entry : unused(false)) {
            warnings.add(says.commendationAdded(entry));
            commendations.add(new Commendation(entry.award(), entry.decisionDate(), String.valueOf(entry.year()),
                    entry.decisionNumber(), List.of()));
            used.add(entry.entryId());
        }
    }

    /**
     * The first unused entry of this award (revoked or not) with the request's decision reference (and,
     * unless {@code referenceAlone}, that fits), otherwise the first that fits the request's year or date.
     */
    private RegisteredAward find(AwardCode award, String reference, boolean revoked, boolean referenceAlone,
            Predicate<RegisteredAward> fits) {
        RegisteredAward byYear = null;
        for (RegisteredAward e : entries) {
            if (e.award() != award || e.revoked() != revoked || used.contains(e.entryId())) {
                continue;
            }
            if (sameReference(reference, e.decisionNumber()) && (referenceAlone || fits.test(e))) {
                return e;
            }
            if (byYear == null && fits.test(e)) {
                byYear = e;
            }
        }
        return byYear;
    }

    /** Entries not matched by the request, not revoked, of titles or of commendations, by year and award. */
    private List<RegisteredAward> unused(boolean ofTitles) {
        return entries.stream().filter(e -> !e.revoked() && !used.contains(e.entryId()) && AwardForms.isTitle(e.award()) == ofTitles)
                .sorted(Comparator.comparingInt(RegisteredAward::year).thenComparing(RegisteredAward::award)
                        .thenComparing(RegisteredAward::decisionDate).thenComparingLong(RegisteredAward::entryId))
                .toList();
    }

    /** Decision references compared without regard to case and runs of white space; null matches nothing. */
    static boolean sameReference(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String reference) {
        return reference.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** The year of an achievement period that is one year ("2023"); null for a range or text. */
    static Integer singleYear(String period) {
        if (period == null || !period.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(period.strip());
    }
}

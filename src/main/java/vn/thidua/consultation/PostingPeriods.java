package vn.thidua.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.calendar.WorkingCalendar;
import vn.thidua.calendar.WorkingDays;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/**
 * The posting period of a published list, for the public page: where and from when it is posted, and
 * the day its awards' required working days are reached (the longest of its awards', under the active
 * rule set on the posting start), over {@code rules/calendar/holidays.yaml}.
 */
@Service
public class PostingPeriods {

    /**
     * A list's posting period. {@code workingDays} 0: none of its awards must be posted for a number of
     * days, and {@code reachedOn} is null. {@code pending}: the number awaits legal review;
     * {@code expectedDaysOff}: days off in the period are not announced yet; {@code uncoveredYears}: years
     * the holidays file does not list (only weekends skipped).
     */
    public record PostingPeriod(LocalDate postedFrom, String places, int workingDays, LocalDate reachedOn, boolean pending,
            boolean expectedDaysOff, List<Integer> uncoveredYears) {

        public boolean required() {
            return workingDays > 0;
        }
    }

    private final RuleSetRegistry rules;
    private final WorkingCalendar calendar;

    PostingPeriods(RuleSetRegistry rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The period of a list proposing these awards. */
    public PostingPeriod of(PublicList list, Collection<AwardCode> awards) {
        LocalDate from = list.postedFrom();
        int days = 0;
        boolean pending = false;
        for (AwardCode award : awards.stream().distinct().toList()) {
            var rule = PostingRules.of(rules.active(), award, from);
            if (rule.isPresent() && rule.get().workingDays() > days) {
                days = rule.get().workingDays();
                pending = rule.get().pending();
            } else if (rule.isPresent() && rule.get().required() && rule.get().workingDays() == days) {
                pending |= rule.get().pending();
            }
        }
        if (days == 0) {
            return new PostingPeriod(from, list.postingPlaces(), 0, null, false, false, List.of());
        }
        WorkingDays working = calendar.workingDays();
        LocalDate reached = working.plus(from, days);
        return new PostingPeriod(from, list.postingPlaces(), days, reached, pending, working.expectedBetween(from, reached),
                working.uncoveredYears(from, reached));
    }
}

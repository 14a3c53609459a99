package vn.thidua.council;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.calendar.WorkingCalendar;
import vn.thidua.calendar.WorkingDays;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PostingRule;
import vn.thidua.consultation.PublicList;
import vn.thidua.eligibility.Text;

/**
 * Checks that a dossier's list had been posted for its award's required working days before the
 * session ({@code postingWorkingDays}, docs/law.md §17). The period counts from the day after the
 * posting started, over {@code rules/calendar/holidays.yaml}; a session held on the day the period is
 * reached, or later, is in time. Of a run's lists, the one posted earliest before the session counts.
 */
@Component
class PostingChecks {

    /** A warning with its text in both languages. */
    record Warned(Posting posting, Text text) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Consultations consultations;
    private final WorkingCalendar calendar;

    PostingChecks(Consultations consultations, WorkingCalendar calendar) {
        this.consultations = consultations;
        this.calendar = calendar;
    }

    /** The lists of a run, for {@link #check}. */
    List<PublicList> lists(long runId) {
        return consultations.ofRun(runId);
    }

    /**
     * The warning for one award voted on a date, or empty when the list was posted long enough or the
     * award needs no posting.
     */
    Optional<Warned> check(List<PublicList> lists, PostingRule rule, LocalDate heldOn, String awardVi, String awardEn) {
        if (!rule.required()) {
            return Optional.empty();
        }
        WorkingDays days = calendar.workingDays();
        Optional<PublicList> earliest = lists.stream().filter(l -> !l.postedFrom().isAfter(heldOn))
                .min(Comparator.comparing(PublicList::postedFrom).thenComparing(PublicList::id));
        String review = rule.pending() ? "PENDING" : null;
        if (earliest.isEmpty()) {
            Posting posting = new Posting(Posting.NOT_PUBLISHED, rule.workingDays(), null, null, null, heldOn, review);
            return Optional.of(new Warned(posting, new Text(
                    awardVi + " cần niêm yết công khai " + rule.workingDays() + " ngày làm việc trước khi Hội đồng họp, nhưng danh sách"
                            + " của lần đánh giá chưa được niêm yết trước phiên họp ngày " + DAY.format(heldOn) + "."
                            + (rule.pending() ? " Số ngày niêm yết đang chờ rà soát pháp lý." : ""),
                    awardEn + " must be posted publicly for " + rule.workingDays() + " working days before the council meets, but no"
                            + " list of the run was posted before the session on " + DAY.format(heldOn) + "."
                            + (rule.pending() ? " The posting period awaits legal review." : ""))));
        }
        PublicList list = earliest.get();
        LocalDate reached = days.plus(list.postedFrom(), rule.workingDays());
        if (!heldOn.isBefore(reached)) {
            return Optional.empty();
        }
        List<Integer> unknown = days.uncoveredYears(list.postedFrom(), reached);
        boolean expected = days.expectedBetween(list.postedFrom(), reached);
        String years = unknown.stream().map(String::valueOf).collect(Collectors.joining(", "));
        Posting posting = new Posting(Posting.TOO_SHORT, rule.workingDays(), list.id(), list.postedFrom(), reached, heldOn, review);
        return Optional.of(new Warned(posting, new Text(
                awardVi + ": niêm yết từ " + DAY.format(list.postedFrom()) + ", đủ " + rule.workingDays() + " ngày làm việc vào "
                        + DAY.format(reached) + "; phiên họp ngày " + DAY.format(heldOn) + ", trước khi đủ thời gian niêm yết."
                        + " Hội đồng vẫn có thể xét."
                        + (rule.pending() ? " Số ngày niêm yết đang chờ rà soát pháp lý." : "")
                        + (unknown.isEmpty() ? "" : " Lịch chưa có ngày nghỉ lễ năm " + years + ": chỉ trừ thứ Bảy, Chủ nhật.")
                        + (expected ? " Có ngày nghỉ lễ dự kiến, chưa được công bố chính thức." : ""),
                awardEn + ": posted from " + DAY.format(list.postedFrom()) + ", " + rule.workingDays() + " working days reached on "
                        + DAY.format(reached) + "; session on " + DAY.format(heldOn) + ", before the posting period was complete."
                        + " The council may still decide."
                        + (rule.pending() ? " The posting period awaits legal review." : "")
                        + (unknown.isEmpty() ? "" : " The calendar has no public holidays for " + years + ": only weekends are skipped.")
                        + (expected ? " Some days off are expected, not yet officially announced." : ""))));
    }
}

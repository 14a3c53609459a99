package vn.thidua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import vn.thidua.audit.RecordSeals;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Public consultation against the real database: a stored run's list published with its window and
 * read back, the window deciding which lists are current and when comments are taken (both ends
 * included, in Việt Nam's dates), every refusal with its field and its Vietnamese and English message
 * and nothing stored, and a candidate's comments oldest first and only from the run's own lists.
 * The database is shared, so each test publishes its own lists on its own runs and looks only at them.
 * Windows are tested on a {@link Consultations} built here over a fixed clock; the application's own
 * bean, on the system clock, is checked for its time zone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class ConsultationsIntegrationTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 15 January 2026 in Việt Nam, while it is still the 14th in UTC. */
    private static final Instant EVENING_OF_THE_14TH_UTC = Instant.parse("2026-01-14T20:00:00Z");
    private static final LocalDate OPENS = LocalDate.of(2026, 1, 15);
    private static final LocalDate CLOSES = LocalDate.of(2026, 1, 25);
    private static final String TITLE = "Danh sách đề nghị khen thưởng năm 2025 – xã Đạ R'sal";

    @Autowired
    private Consultations consultations;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordSeals seals;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void publishesAStoredRunsListWithItsWindowAndReadsItBack() {
        long run = storedRun().runId();
        Consultations onTheFifteenth = at(EVENING_OF_THE_14TH_UTC);

        PublicList list = onTheFifteenth.publish(run, "  " + TITLE + "\n", OPENS, CLOSES, "thu-ky");

        assertThat(list.id()).isPositive();
        assertThat(list).isEqualTo(new PublicList(list.id(), run, TITLE, OPENS, CLOSES));
        assertThat(consultations.find(list.id())).contains(list);
        assertThat(consultations.ofRun(run)).containsExactly(list);
        assertThat(jdbc.queryForObject("SELECT created_by FROM public_list WHERE id = ?", String.class, list.id())).isEqualTo("thu-ky");
        assertThat(jdbc.queryForObject("SELECT created_at FROM public_list WHERE id = ?", Timestamp.class, list.id()).toInstant())
                .isEqualTo(EVENING_OF_THE_14TH_UTC);
    }

    @Test
    void findsNoListThatWasNeverPublished() {
        long none = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM public_list", Long.class);

        assertThat(consultations.find(none)).isEmpty();
        assertThat(consultations.ofRun(storedRun().runId())).isEmpty();
    }

    @Test
    void listsARunsListsInTheOrderPublishedAndNoOtherRunsList() {
        long run = storedRun().runId();
        long other = storedRun().runId();
        Consultations today = at(EVENING_OF_THE_14TH_UTC);

        PublicList first = today.publish(run, "Lần 1", OPENS, CLOSES, "thu-ky");
        PublicList otherRuns = today.publish(other, "Xã khác", OPENS, CLOSES, "thu-ky");
        PublicList second = today.publish(run, "Lần 2, gia hạn", OPENS, CLOSES.plusDays(10), "thu-ky");

        assertThat(consultations.ofRun(run)).containsExactly(first, second);
        assertThat(consultations.ofRun(other)).containsExactly(otherRuns);
    }

    @Test
    void keepsAListCurrentThroughItsClosingDayAndNotAfter() {
        long run = storedRun().runId();
        Consultations publisher = at(EVENING_OF_THE_14TH_UTC);
        LocalDate today = OPENS;
        PublicList closedYesterday = publisher.publish(run, "Đã đóng hôm qua", today.minusDays(10), today.minusDays(1), "thu-ky");
        PublicList closesLater = publisher.publish(run, "Đóng sau", today.minusDays(3), today.plusDays(9), "thu-ky");
        PublicList closesToday = publisher.publish(run, "Đóng hôm nay", today.minusDays(3), today, "thu-ky");
        PublicList notYetOpen = publisher.publish(run, "Chưa mở", today.plusDays(7), today.plusDays(20), "thu-ky");
        List<Long> mine = List.of(closedYesterday.id(), closesLater.id(), closesToday.id(), notYetOpen.id());

        // Soonest closing first; a list that has not opened yet is current too (the public page says when it opens).
        assertThat(on(today).current()).filteredOn(l -> mine.contains(l.id())).containsExactly(closesToday, closesLater, notYetOpen);
        assertThat(on(today.plusDays(1)).current()).filteredOn(l -> mine.contains(l.id())).containsExactly(closesLater, notYetOpen);
        assertThat(on(today.plusDays(21)).current()).filteredOn(l -> mine.contains(l.id())).isEmpty();
    }

    @Test
    void acceptsAWindowOfOneDay() {
        long run = storedRun().runId();

        PublicList list = consultations.publish(run, TITLE, OPENS, OPENS, "thu-ky");

        assertThat(list.opensOn()).isEqualTo(list.closesOn()).isEqualTo(OPENS);
        assertThat(list.openOn(OPENS)).isTrue();
        assertThat(list.openOn(OPENS.minusDays(1))).isFalse();
        assertThat(list.openOn(OPENS.plusDays(1))).isFalse();
    }

    @Test
    void refusesAWindowThatClosesBeforeItOpensOrLacksADateAndStoresNothing() {
        long run = storedRun().runId();

        for (Executable publish : List.<Executable>of(
                () -> consultations.publish(run, TITLE, CLOSES, OPENS, "thu-ky"),
                () -> consultations.publish(run, TITLE, OPENS, OPENS.minusDays(1), "thu-ky"),
                () -> consultations.publish(run, TITLE, null, CLOSES, "thu-ky"),
                () -> consultations.publish(run, TITLE, OPENS, null, "thu-ky"),
                () -> consultations.publish(run, TITLE, null, null, "thu-ky"))) {
            assertRefused(publish, "closesOn", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu",
                    "The closing date must be on or after the opening date");
        }
        assertThat(consultations.ofRun(run)).isEmpty();
    }

    @Test
    void refusesAMissingBlankOrOverlongTitleAndStoresNothing() {
        long run = storedRun().runId();

        for (String title : new String[] {null, "", "   \t", "ệ".repeat(301)}) {
            assertRefused(() -> consultations.publish(run, title, OPENS, CLOSES, "thu-ky"), "title",
                    "Nhập tiêu đề (tối đa 300 ký tự)", "Enter a title (at most 300 characters)");
        }
        assertThat(consultations.ofRun(run)).isEmpty();
    }

    @Test
    void storesATitleOfThreeHundredVietnameseLettersWhole() {
        long run = storedRun().runId();
        String title = "Đề nghị khen thưởng ".repeat(15);
        assertThat(title).hasSize(300);

        PublicList list = consultations.publish(run, title, OPENS, CLOSES, "thu-ky");

        assertThat(consultations.find(list.id()).orElseThrow().title()).isEqualTo(title.strip());
        String letters = "ệ".repeat(300);
        assertThat(consultations.publish(run, letters, OPENS, CLOSES, "thu-ky").title()).isEqualTo(letters);
    }

    /** The page checks the run first (RunController.load); the service is still refused by the database. */
    @Test
    void refusesAListForARunThatWasNeverStored() {
        long none = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM evaluation_run", Long.class);
        int before = lists();

        assertThatThrownBy(() -> consultations.publish(none, TITLE, OPENS, CLOSES, "thu-ky"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(consultations.ofRun(none)).isEmpty();
        assertThat(lists()).isEqualTo(before);
    }

    @Test
    void takesCommentsOnTheOpeningAndTheClosingDayAsTheyWereWritten() {
        Evaluation run = storedRun();
        EligibilityDecision candidate = eligible(run);
        PublicList list = at(EVENING_OF_THE_14TH_UTC).publish(run.runId(), TITLE, OPENS, CLOSES, "thu-ky");
        Instant openingMorning = OPENS.atTime(7, 30).atZone(VIETNAM).toInstant();

        at(openingMorning).comment(list, candidate.subjectId(), candidate.award().name(), "  Lê Thị Cúc ", "  0912 345 678 ",
                "  Chị là tấm gương sáng trong phong trào.\n");
        on(CLOSES).comment(list, candidate.subjectId(), candidate.award().name(), "Điểu K'Lơi", "   ", "Đồng ý đề nghị.");

        List<PublicComment> comments = consultations.about(run.runId(), candidate.subjectId(), candidate.award().name());
        assertThat(comments).hasSize(2);
        PublicComment first = comments.get(0);
        assertThat(first.listId()).isEqualTo(list.id());
        assertThat(first.subjectId()).isEqualTo(candidate.subjectId());
        assertThat(first.award()).isEqualTo(candidate.award().name());
        assertThat(first.authorName()).isEqualTo("Lê Thị Cúc");
        assertThat(first.contact()).isEqualTo("0912 345 678");
        assertThat(first.body()).isEqualTo("Chị là tấm gương sáng trong phong trào.");
        assertThat(first.status()).isEqualTo("OPEN");
        assertThat(first.open()).isTrue();
        assertThat(first.createdAt()).isEqualTo(openingMorning);
        assertThat(comments.get(1).contact()).as("a blank contact is no contact").isNull();
        assertThat(comments.get(1).authorName()).isEqualTo("Điểu K'Lơi");
    }

    @Test
    void refusesCommentsBeforeTheListOpensAndAfterItClosesAndStoresNothing() {
        Evaluation run = storedRun();
        EligibilityDecision candidate = eligible(run);
        PublicList list = at(EVENING_OF_THE_14TH_UTC).publish(run.runId(), TITLE, OPENS, CLOSES, "thu-ky");

        for (LocalDate day : List.of(OPENS.minusDays(1), CLOSES.plusDays(1), CLOSES.plusYears(1))) {
            assertRefused(() -> on(day).comment(list, candidate.subjectId(), candidate.award().name(), "Lê Thị Cúc", null, "Đồng ý"),
                    "list", "Danh sách không còn nhận góp ý (2026-01-15 – 2026-01-25)",
                    "The list does not take comments now (2026-01-15 – 2026-01-25)");
        }
        assertThat(commentsOn(list)).isZero();
    }

    @Test
    void refusesACommentWithoutANameOrABodyOrWithAnOverlongFieldAndStoresNothing() {
        Evaluation run = storedRun();
        EligibilityDecision candidate = eligible(run);
        PublicList list = at(EVENING_OF_THE_14TH_UTC).publish(run.runId(), TITLE, OPENS, CLOSES, "thu-ky");
        Consultations open = on(OPENS);
        String subject = candidate.subjectId();
        String award = candidate.award().name();

        for (String name : new String[] {null, "", "  ", "Ư".repeat(201)}) {
            assertRefused(() -> open.comment(list, subject, award, name, null, "Đồng ý"), "authorName",
                    "Họ tên: bắt buộc, tối đa 200 ký tự", "Your name: required, at most 200 characters");
        }
        for (String body : new String[] {null, "", "\n\t ", "ộ".repeat(4001)}) {
            assertRefused(() -> open.comment(list, subject, award, "Lê Thị Cúc", null, body), "body",
                    "Nội dung góp ý: bắt buộc, tối đa 4000 ký tự", "The comment: required, at most 4000 characters");
        }
        assertRefused(() -> open.comment(list, subject, award, "Lê Thị Cúc", "ơ".repeat(201), "Đồng ý"), "contact",
                "Liên hệ dài quá 200 ký tự", "The contact is longer than 200 characters");
        assertThat(commentsOn(list)).isZero();
    }

    @Test
    void storesANameAContactAndABodyOfTheLongestLengthWhole() {
        Evaluation run = storedRun();
        EligibilityDecision candidate = eligible(run);
        PublicList list = at(EVENING_OF_THE_14TH_UTC).publish(run.runId(), TITLE, OPENS, CLOSES, "thu-ky");
        String name = "Ư".repeat(200);
        String contact = "ơ".repeat(200);
        String body = "Ông ấy gương mẫu, tận tụy. ".repeat(148) + "Tốt.";
        assertThat(body).hasSize(4000);

        on(OPENS).comment(list, candidate.subjectId(), candidate.award().name(), name, contact, body);

        PublicComment stored = consultations.about(run.runId(), candidate.subjectId(), candidate.award().name()).get(0);
        assertThat(stored.authorName()).isEqualTo(name);
        assertThat(stored.contact()).isEqualTo(contact);
        assertThat(stored.body()).isEqualTo(body);
    }

    @Test
    void listsACandidatesCommentsOldestFirstWithoutThoseOnOtherCandidates() {
        Evaluation run = storedRun();
        List<EligibilityDecision> eligible = run.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).toList();
        EligibilityDecision candidate = eligible.get(0);
        EligibilityDecision sameSubjectOtherAward = eligible.stream()
                .filter(d -> d.subjectId().equals(candidate.subjectId()) && d.award() != candidate.award()).findFirst().orElseThrow();
        EligibilityDecision otherSubjectSameAward = eligible.stream()
                .filter(d -> !d.subjectId().equals(candidate.subjectId()) && d.award() == candidate.award()).findFirst().orElseThrow();
        Consultations open = on(OPENS);
        PublicList first = open.publish(run.runId(), "Lần 1", OPENS, CLOSES, "thu-ky");
        PublicList second = open.publish(run.runId(), "Lần 2", OPENS, CLOSES, "thu-ky");

        open.comment(first, candidate.subjectId(), candidate.award().name(), "Người thứ nhất", null, "Một");
        open.comment(first, sameSubjectOtherAward.subjectId(), sameSubjectOtherAward.award().name(), "Khác", null, "Giải khác");
        open.comment(second, candidate.subjectId(), candidate.award().name(), "Người thứ hai", null, "Hai");
        open.comment(first, otherSubjectSameAward.subjectId(), otherSubjectSameAward.award().name(), "Khác", null, "Người khác");
        open.comment(first, candidate.subjectId(), candidate.award().name(), "Người thứ ba", null, "Ba");

        assertThat(consultations.about(run.runId(), candidate.subjectId(), candidate.award().name()))
                .extracting(PublicComment::body).containsExactly("Một", "Hai", "Ba");
        assertThat(consultations.about(run.runId(), candidate.subjectId(), candidate.award().name()))
                .extracting(PublicComment::listId).containsExactly(first.id(), second.id(), first.id());
        assertThat(consultations.about(run.runId(), sameSubjectOtherAward.subjectId(), sameSubjectOtherAward.award().name()))
                .extracting(PublicComment::body).containsExactly("Giải khác");
        // Across every run's lists (the council's view of a schedule): the same three, in the same order.
        assertThat(consultations.about(candidate.subjectId(), candidate.award().name()))
                .filteredOn(c -> c.listId() == first.id() || c.listId() == second.id())
                .extracting(PublicComment::body).containsExactly("Một", "Hai", "Ba");
    }

    /**
     * Subject ids are unique only within a request: two communes both have a "CN-0001". A comment on
     * one run's candidate must not appear on the decision page of the same id in another run.
     */
    @Test
    void keepsACommentToTheRunWhoseListItWasSentTo() {
        Evaluation commented = storedRun();
        Evaluation another = storedRun();
        EligibilityDecision candidate = eligible(commented);
        Consultations open = on(OPENS);
        PublicList list = open.publish(commented.runId(), TITLE, OPENS, CLOSES, "thu-ky");
        open.publish(another.runId(), TITLE, OPENS, CLOSES, "thu-ky");

        open.comment(list, candidate.subjectId(), candidate.award().name(), "Lê Thị Cúc", null, "Về xã thứ nhất");

        assertThat(consultations.about(commented.runId(), candidate.subjectId(), candidate.award().name()))
                .extracting(PublicComment::body).containsExactly("Về xã thứ nhất");
        assertThat(consultations.about(another.runId(), candidate.subjectId(), candidate.award().name())).isEmpty();
    }

    @Test
    void countsTodayInVietnamWhereItIsAlreadyTomorrowInTheEvening() {
        Consultations atEvening = at(EVENING_OF_THE_14TH_UTC);
        long run = storedRun().runId();
        PublicList closedOnTheFourteenth = atEvening.publish(run, TITLE, OPENS.minusDays(5), OPENS.minusDays(1), "thu-ky");

        assertThat(EVENING_OF_THE_14TH_UTC.atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(atEvening.today()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(atEvening.current()).extracting(PublicList::id).doesNotContain(closedOnTheFourteenth.id());
        assertRefused(() -> atEvening.comment(closedOnTheFourteenth, "CN-0001", "LAO_DONG_TIEN_TIEN", "Lê Thị Cúc", null, "Muộn"),
                "list", "Danh sách không còn nhận góp ý (2026-01-10 – 2026-01-14)",
                "The list does not take comments now (2026-01-10 – 2026-01-14)");
    }

    @Test
    void givesTheApplicationsTodayInVietnamsTimeZone() {
        LocalDate before = LocalDate.now(VIETNAM);
        LocalDate today = consultations.today();
        LocalDate after = LocalDate.now(VIETNAM);

        assertThat(today).isBetween(before, after);
    }

    private Evaluation storedRun() {
        return runs.evaluateAndStore(SampleRequests.commune());
    }

    private static EligibilityDecision eligible(Evaluation run) {
        return run.decisions().stream().filter(d -> d.outcome() == Outcome.ELIGIBLE).findFirst().orElseThrow();
    }

    /** The service over this database with the clock at an instant, in Việt Nam's zone as the application's clock is. */
    private Consultations at(Instant instant) {
        return new Consultations(jdbc, Clock.fixed(instant, VIETNAM), seals, transactionManager);
    }

    /** The service on a day in Việt Nam, at ten in the morning. */
    private Consultations on(LocalDate day) {
        return at(day.atTime(10, 0).atZone(VIETNAM).toInstant());
    }

    private int lists() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_list", Integer.class);
    }

    private int commentsOn(PublicList list) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_comment WHERE list_id = ?", Integer.class, list.id());
    }

    private static void assertRefused(Executable action, String field, String messageVi, String messageEn) {
        ConsultationException refused = catchThrowableOfType(ConsultationException.class, action::execute);
        assertThat(refused).as("refused on " + field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageVi()).isEqualTo(messageVi);
        assertThat(refused.getMessage()).isEqualTo(messageEn);
    }
}

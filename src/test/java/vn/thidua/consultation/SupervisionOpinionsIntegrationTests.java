package vn.thidua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.audit.ResultRows;
import vn.thidua.council.CouncilResult;
import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionInput;
import vn.thidua.council.Sessions;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.Text;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.testing.DatabaseProfiles;

/**
 * The Fatherland Front's supervision opinions against the real database: the committee of a commune
 * oversees the commune and every unit under it, files opinions on a list and on a candidate of those
 * units, and is refused (field named, both languages, nothing stored) outside them; the secretariat
 * answers as it answers comments, both versions kept and sealed; an opinion still unanswered when the
 * council's session is recorded is a warning on the dossiers it is about, and none once answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class SupervisionOpinionsIntegrationTests {

    private static final Account SECRETARY = account("thu-ky-giam-sat", Role.SECRETARIAT, "XA-DARSAL");
    private static final Account FRONT = account("mttq-darsal", Role.OVERSIGHT, "XA-DARSAL");
    private static final Account SCHOOL_FRONT = account("mttq-truong-darsal", Role.OVERSIGHT, "TH-DARSAL");
    private static final Account OTHER_FRONT = account("mttq-xa-khac", Role.OVERSIGHT, "XA-KHAC");
    private static final Account OTHER_SECRETARY = account("thu-ky-xa-khac-2", Role.SECRETARIAT, "XA-KHAC");

    @Autowired
    private Consultations consultations;
    @Autowired
    private SupervisionOpinions opinions;
    @Autowired
    private OversightScope scope;
    @Autowired
    private RunSubmissions submissions;
    @Autowired
    private ResultRows rows;
    @Autowired
    private RecordSeals seals;
    @Autowired
    private CouncilSessions sessions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void oversesTheUnitsOfItsAccountAndEveryUnitUnderThemOnly() {
        PublicList list = published();

        assertThat(scope.units(FRONT, list.runId())).contains("XA-DARSAL", "TH-DARSAL", "TYT-DARSAL", "HTX-CAPHE-DARSAL",
                "THON-PANGDUNG").doesNotContain("XA-ROMEN", "THCS-ROMEN", "TINH-LD", "THON-LIENGTRANG");
        assertThat(scope.units(SCHOOL_FRONT, list.runId())).containsExactly("TH-DARSAL");
        assertThat(scope.units(OTHER_FRONT, list.runId())).isEmpty();
        assertThat(scope.units(SECRETARY, list.runId())).as("the secretariat is not the Front").isEmpty();
    }

    @Test
    void filesOpinionsOnTheListAndOnACandidateOfAnOverseenUnitSealedAsFiled() {
        PublicList list = published();
        ResultRows.Row school = candidateOf(list, "TH-DARSAL");

        OpinionThread onList = opinions.file(list.id(), null, null, "  Đề nghị công khai thêm tại nhà văn hóa thôn.\n", FRONT);
        OpinionThread onCandidate = opinions.file(list.id(), school.subjectId(), school.award().name(),
                "Đề nghị làm rõ sáng kiến của cô giáo.", SCHOOL_FRONT);

        assertThat(onList.opinion().onList()).isTrue();
        assertThat(onList.opinion().body()).isEqualTo("Đề nghị công khai thêm tại nhà văn hóa thôn.");
        assertThat(onList.opinion().filedByName()).isEqualTo(FRONT.displayName());
        assertThat(onList.status()).isEqualTo(CommentStatus.OPEN);
        assertThat(onCandidate.opinion().subjectId()).isEqualTo(school.subjectId());
        assertThat(onCandidate.opinion().award()).isEqualTo(school.award().name());
        assertThat(opinions.onList(list.id())).extracting(t -> t.opinion().id()).containsExactly(onList.opinion().id(),
                onCandidate.opinion().id());
        assertThat(seals.isSealed(RecordKind.SUPERVISION_OPINION, String.valueOf(onList.opinion().id()))).isTrue();
        assertThat(seals.isSealed(RecordKind.SUPERVISION_OPINION, String.valueOf(onCandidate.opinion().id()))).isTrue();
        // The council reads the opinions on a candidate and those on its whole list.
        assertThat(opinions.about(list.runId(), school.subjectId(), school.award().name())).hasSize(2);
        assertThat(opinions.about(list.runId(), "CN-KHAC", school.award().name())).hasSize(1);
    }

    @Test
    void refusesAnOpinionFromOutsideTheUnitOrOnACandidateItDoesNotOverseeAndStoresNothing() {
        PublicList list = published();
        ResultRows.Row commune = candidateOf(list, "XA-DARSAL");
        ResultRows.Row romen = candidateOf(list, "XA-ROMEN");
        String title = list.title();

        for (Account outsider : List.of(OTHER_FRONT, SECRETARY)) {
            assertRefused(() -> opinions.file(list.id(), null, null, "Ý kiến", outsider), "list",
                    "Danh sách \"" + title + "\" không thuộc đơn vị bạn giám sát: bạn không gửi được ý kiến giám sát",
                    "The list \"" + title + "\" concerns none of the units you oversee: you may not file a supervision opinion on it");
        }
        assertRefused(() -> opinions.file(list.id(), commune.subjectId(), commune.award().name(), "Ý kiến", SCHOOL_FRONT), "candidate",
                commune.name() + " thuộc " + commune.unitName() + ", đơn vị bạn không giám sát: bạn không gửi được ý kiến giám sát về người này",
                commune.name() + " belongs to " + commune.unitName() + ", a unit you do not oversee: you may not file a supervision"
                        + " opinion about them");
        assertRefused(() -> opinions.file(list.id(), romen.subjectId(), romen.award().name(), "Ý kiến", FRONT), "candidate",
                romen.name() + " thuộc " + romen.unitName() + ", đơn vị bạn không giám sát: bạn không gửi được ý kiến giám sát về người này",
                romen.name() + " belongs to " + romen.unitName() + ", a unit you do not oversee: you may not file a supervision"
                        + " opinion about them");
        assertRefused(() -> opinions.file(list.id(), "CN-9999", "LAO_DONG_TIEN_TIEN", "Ý kiến", FRONT), "candidate",
                "Không có CN-9999 được đề nghị LAO_DONG_TIEN_TIEN trong danh sách này", "The list proposes no CN-9999 for LAO_DONG_TIEN_TIEN");
        assertRefused(() -> opinions.file(list.id(), null, null, "  ", FRONT), "body",
                "Nội dung ý kiến giám sát: bắt buộc, không được để trống", "The supervision opinion: required, it may not be empty");
        assertRefused(() -> opinions.file(list.id(), null, null, "ý".repeat(4001), FRONT), "body",
                "Nội dung ý kiến giám sát dài 4001 ký tự, quá giới hạn 4000 ký tự",
                "The supervision opinion is 4001 characters long, more than the 4000 allowed");
        long unknown = list.id() + 100_000;
        assertRefused(() -> opinions.file(unknown, null, null, "Ý kiến", FRONT), "list", "Không có danh sách số " + unknown,
                "There is no list " + unknown);

        assertThat(opinions.onList(list.id())).isEmpty();
    }

    @Test
    void answersAnOpinionAsACommentIsAnsweredKeepingEveryVersion() {
        PublicList list = published();
        long id = opinions.file(list.id(), null, null, "Đề nghị niêm yết thêm ở thôn.", FRONT).opinion().id();

        opinions.answer(list.id(), id, "Đã niêm yết thêm tại nhà văn hóa thôn Păng Dung.", "ANSWERED", null, SECRETARY);
        OpinionThread thread = opinions.answer(list.id(), id, "Đã niêm yết ở cả ba thôn; đề nghị đã giải quyết.", "RESOLVED", 1,
                SECRETARY);

        assertThat(thread.answers()).extracting(Answer::seq).containsExactly(1, 2);
        assertThat(thread.status()).isEqualTo(CommentStatus.RESOLVED);
        assertThat(thread.superseded()).extracting(Answer::body).containsExactly("Đã niêm yết thêm tại nhà văn hóa thôn Păng Dung.");
        thread.answers().forEach(a -> assertThat(seals.isSealed(RecordKind.ANSWER, String.valueOf(a.id()))).isTrue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_answer WHERE opinion_id = ? AND comment_id IS NULL",
                Integer.class, id)).isEqualTo(2);

        assertRefused(() -> opinions.answer(list.id(), id, "Trả lời", "ANSWERED", 2, OTHER_SECRETARY), "opinion",
                "Ý kiến giám sát số " + id + " thuộc danh sách của đơn vị bạn không phụ trách: bạn không trả lời được",
                "Supervision opinion " + id + " is on a list of a unit you are not responsible for: you may not answer it");
        assertRefused(() -> opinions.answer(list.id(), id, "Trả lời", "ANSWERED", 2, FRONT), "opinion",
                "Ý kiến giám sát số " + id + " thuộc danh sách của đơn vị bạn không phụ trách: bạn không trả lời được",
                "Supervision opinion " + id + " is on a list of a unit you are not responsible for: you may not answer it");
        assertRefused(() -> opinions.answer(list.id(), id + 100_000, "Trả lời", "ANSWERED", 0, SECRETARY), "opinion",
                "Không có ý kiến giám sát số " + (id + 100_000) + " trong danh sách này",
                "There is no supervision opinion " + (id + 100_000) + " on this list");
        assertRefused(() -> opinions.answer(list.id(), id, "", "ANSWERED", 2, SECRETARY), "body",
                "Nội dung trả lời: bắt buộc, không được để trống", "The answer: required, it may not be empty");
        assertThat(opinions.onList(list.id()).get(0).answers()).hasSize(2);
    }

    @Test
    void warnsTheCouncilsSessionOfEachOpinionStillUnansweredAndOfNoneOnceAnswered() {
        PublicList list = published();
        CouncilSessions.Dossier school = sessions.dossiers(list.runId()).stream().filter(d -> d.unit().equals("TH-DARSAL"))
                .filter(d -> rows.proposed(list.runId(), d.subjectId(), d.award()).isPresent()).findFirst().orElseThrow();
        CouncilSessions.Dossier other = sessions.dossiers(list.runId()).stream().filter(d -> !d.subjectId().equals(school.subjectId()))
                .findFirst().orElseThrow();
        long onCandidate = opinions.file(list.id(), school.subjectId(), school.award().name(), "Làm rõ sáng kiến.", FRONT).opinion().id();
        long onList = opinions.file(list.id(), null, null, "Niêm yết thêm ở thôn.", FRONT).opinion().id();
        List<SessionInput.Ballot> ballots = List.of(ballot(school), ballot(other));

        CouncilSession before = sessions.record(list.runId(), Sessions.commune(ballots), "thu-ky");

        CouncilResult schoolResult = result(before, school);
        assertThat(texts(schoolResult, true)).anySatisfy(w -> assertThat(w).startsWith("Ý kiến giám sát số " + onCandidate
                + " của " + FRONT.displayName()).contains("về " + school.name()).contains("chưa được Thường trực Hội đồng trả lời trước"
                + " phiên họp ngày 15/01/2026. Hội đồng vẫn có thể xét."));
        assertThat(texts(schoolResult, false)).anySatisfy(w -> assertThat(w).startsWith("Supervision opinion " + onCandidate)
                .contains("was not answered by the council secretariat before the session on 15/01/2026"));
        assertThat(texts(result(before, other), true)).noneSatisfy(w -> assertThat(w).contains("số " + onCandidate + " "))
                .anySatisfy(w -> assertThat(w).contains("Ý kiến giám sát số " + onList).contains("về danh sách \"" + list.title() + "\""));
        assertThat(schoolResult.outcome()).as("the council still decides").isNotNull();

        opinions.answer(list.id(), onCandidate, "Sáng kiến đã được Hội đồng sáng kiến xã công nhận.", "ANSWERED", null, SECRETARY);
        opinions.answer(list.id(), onList, "Đã niêm yết thêm.", "RESOLVED", null, SECRETARY);
        CouncilSession after = sessions.record(list.runId(), Sessions.commune(ballots), "thu-ky");

        assertThat(after.warnings()).noneSatisfy(w -> assertThat(w.vi()).contains("Ý kiến giám sát"));
    }

    private static SessionInput.Ballot ballot(CouncilSessions.Dossier d) {
        return new SessionInput.Ballot(d.subjectId(), d.award().name(), 5, 0, 0, null);
    }

    private static CouncilResult result(CouncilSession session, CouncilSessions.Dossier d) {
        return session.results().stream().filter(r -> r.subjectId().equals(d.subjectId()) && r.award() == d.award()).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(CouncilResult result, boolean vietnamese) {
        return result.warnings() == null ? List.of() : result.warnings().stream().map(vietnamese ? Text::vi : Text::en).toList();
    }

    /** The sample commune submitted by the commune's secretariat, its list open today. */
    private PublicList published() {
        long run = submissions.submit(SampleRequests.commune(), SECRETARY).runId();
        return consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025 – giám sát", consultations.today(),
                consultations.today().plusDays(10), SECRETARY.username());
    }

    private ResultRows.Row candidateOf(PublicList list, String unit) {
        return rows.proposed(list.runId(), 1, ResultRows.MAX_SIZE).rows().stream().filter(r -> r.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("the sample proposes no candidate of " + unit));
    }

    private static Account account(String name, Role role, String... units) {
        return new Account(name, "Ủy ban MTTQ " + name, true, EnumSet.of(role), Set.of(units), null);
    }

    private static void assertRefused(Executable action, String field, String messageVi, String messageEn) {
        ConsultationException refused = catchThrowableOfType(ConsultationException.class, action::execute);
        assertThat(refused).as("refused on " + field).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageVi()).isEqualTo(messageVi);
        assertThat(refused.getMessage()).isEqualTo(messageEn);
    }
}

package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;
import vn.thidua.scheduling.CouncilMember;
import vn.thidua.scheduling.MemberRole;
import vn.thidua.scheduling.ReviewDossier;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.SchedulingRequest;
import vn.thidua.scheduling.SchedulingRequestReader;

/**
 * The synthetic scheduling request behind {@code schedule-bench}: deterministic from its seed, of the
 * requested size, accepted by the application's scheduling reader both as built and as JSON, and
 * shaped as its Javadoc says: sessions on working days from Monday 5 January 2026, each missing a
 * few members, about one dossier in a hundred due before the first session, and the rest taking
 * about three quarters of the sessions' minutes.
 */
class ScheduleGeneratorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The application's defaults, thidua.import.max-bytes and thidua.import.max-text-length. */
    private static final SchedulingRequestReader READER = new SchedulingRequestReader(104_857_600, 10_000);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private final ScheduleGenerator generator = new ScheduleGenerator();

    @Test
    void generatesTheSameRequestForTheSameArguments() {
        SchedulingRequest one = generator.generate(1000, 40, 15, 7);
        SchedulingRequest again = generator.generate(1000, 40, 15, 7);

        assertThat(again).isEqualTo(one);
        assertThat(JSON.writeValueAsBytes(again)).isEqualTo(JSON.writeValueAsBytes(one));
    }

    @Test
    void generatesAnotherRequestForAnotherSeed() {
        SchedulingRequest one = generator.generate(200, 10, 15, 7);
        SchedulingRequest other = generator.generate(200, 10, 15, 8);

        assertThat(other.dossiers()).isNotEqualTo(one.dossiers());
        assertThat(other.sessions().stream().map(ReviewSession::availableMembers).toList())
                .isNotEqualTo(one.sessions().stream().map(ReviewSession::availableMembers).toList());
        // The council does not depend on the seed.
        assertThat(other.members()).isEqualTo(one.members());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "10, 2, 3", "200, 10, 15", "1000, 40, 15", "2000, 60, 25"})
    void generatesRequestsOfTheRequestedSizeThatTheReaderAccepts(int dossiers, int sessions, int members) {
        SchedulingRequest request = generator.generate(dossiers, sessions, members, 7);

        assertThat(request.dossiers()).hasSize(dossiers);
        assertThat(request.sessions()).hasSize(sessions);
        assertThat(request.members()).hasSize(members);
        assertThat(READER.check(request)).isEqualTo(request);
        assertThat(READER.read(new ByteArrayInputStream(JSON.writeValueAsBytes(request)))).isEqualTo(request);
    }

    @ParameterizedTest
    @CsvSource({"10, 2, 3", "1000, 40, 15", "2000, 60, 25"})
    void givesMembersSessionsAndDossiersIdsOfTheirOwn(int dossiers, int sessions, int members) {
        SchedulingRequest request = generator.generate(dossiers, sessions, members, 7);
        Set<String> council = request.members().stream().map(CouncilMember::id).collect(Collectors.toSet());

        assertThat(request.members()).extracting(CouncilMember::id).doesNotHaveDuplicates();
        assertThat(request.members().stream().map(CouncilMember::personId).filter(p -> p != null).toList()).doesNotHaveDuplicates();
        assertThat(request.sessions()).extracting(ReviewSession::id).doesNotHaveDuplicates();
        assertThat(request.dossiers()).extracting(ReviewDossier::id).doesNotHaveDuplicates();
        assertThat(request.sessions()).allSatisfy(s -> assertThat(council).containsAll(s.availableMembers()));
        assertThat(request.sessions()).allSatisfy(s -> assertThat(s.availableMembers()).doesNotHaveDuplicates());
    }

    @Test
    void givesTheCouncilOneChairOneViceChairAndOneSecretaryFromAHandfulOfUnits() {
        SchedulingRequest request = generator.generate(200, 10, 15, 7);

        assertThat(request.members()).filteredOn(m -> m.role() == MemberRole.CHAIR).hasSize(1);
        assertThat(request.members()).filteredOn(m -> m.role() == MemberRole.VICE_CHAIR).hasSize(1);
        assertThat(request.members()).filteredOn(m -> m.role() == MemberRole.SECRETARY).hasSize(1);
        assertThat(request.members().stream().map(CouncilMember::unit).distinct().count()).isBetween(2L, 8L);
        assertThat(request.members()).allSatisfy(m -> assertThat(m.name()).isNotBlank());
        assertThat(request.council().quorumPercent()).isEqualTo(60);
        assertThat(request.quorum()).isEqualTo(9);
    }

    @Test
    void holdsTwoSessionsOnEachWorkingDayFromTheFifthOfJanuary() {
        List<ReviewSession> sessions = generator.generate(1000, 40, 15, 7).sessions();

        assertThat(sessions.get(0).start()).isEqualTo(FIRST_DAY.atTime(8, 0));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(s.start().toLocalTime()).isIn(LocalTime.of(8, 0), LocalTime.of(14, 0));
            assertThat(s.room()).isNotBlank();
        });
        List<LocalDateTime> starts = sessions.stream().map(ReviewSession::start).toList();
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        assertThat(starts.stream().map(LocalDateTime::toLocalDate).distinct().count()).isEqualTo(20);
        // 40 sessions, two a day: four weeks of working days.
        assertThat(sessions.get(39).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void leavesAFewMembersOutOfEachSession() {
        SchedulingRequest request = generator.generate(1000, 40, 15, 7);
        double available = request.sessions().stream().mapToInt(s -> s.availableMembers().size()).average().orElseThrow();

        // 12% of the members miss a session, on average.
        assertThat(available / request.members().size()).isBetween(0.80, 0.95);
        assertThat(request.sessions()).anySatisfy(s -> assertThat(s.availableMembers()).hasSizeLessThan(request.members().size()));
        assertThat(request.sessions()).allSatisfy(s -> assertThat(s.availableMembers()).hasSizeGreaterThanOrEqualTo(request.quorum()));
    }

    @Test
    void duesAboutOneDossierInAHundredBeforeTheFirstSessionAndTheRestWithinTheSessionsWeeks() {
        SchedulingRequest request = generator.generate(2000, 40, 15, 7);
        LocalDate first = request.sessions().get(0).start().toLocalDate();
        LocalDate last = request.sessions().get(request.sessions().size() - 1).start().toLocalDate();
        List<ReviewDossier> early = request.dossiers().stream().filter(d -> d.deadline().isBefore(first)).toList();

        assertThat(early.size()).as("dossiers due before the first session").isBetween(5, 40);
        assertThat(early).allSatisfy(d -> assertThat(d.deadline()).isAfterOrEqualTo(first.minusDays(5)));
        assertThat(request.dossiers()).allSatisfy(d -> assertThat(d.deadline()).isBeforeOrEqualTo(last));
        assertThat(request.dossiers()).allSatisfy(d -> {
            assertThat(d.minutes()).isIn(5, 10, 15, 20);
            assertThat(d.subjectId()).isNotBlank();
            assertThat(d.unit()).isNotBlank();
        });
    }

    @ParameterizedTest
    @CsvSource({"200, 10, 15", "1000, 40, 15", "2000, 60, 25"})
    void sizesSessionsSoThatTheDossiersTakeAboutThreeQuartersOfTheirMinutes(int dossiers, int sessions, int members) {
        SchedulingRequest request = generator.generate(dossiers, sessions, members, 7);
        int demand = request.dossiers().stream().mapToInt(ReviewDossier::minutes).sum();
        int supply = request.sessions().stream().mapToInt(ReviewSession::minutes).sum();

        assertThat(request.sessions()).extracting(ReviewSession::minutes).containsOnly(request.sessions().get(0).minutes());
        assertThat(request.sessions().get(0).minutes() % 30).as("in half hours").isZero();
        assertThat(demand / (double) supply).isBetween(0.65, 0.75);
    }

    @Test
    void givesSomeCandidatesOnTheCouncilADossierOfTheirOwnToRecuseFrom() {
        SchedulingRequest request = generator.generate(2000, 40, 15, 7);
        Set<String> persons = request.members().stream().map(CouncilMember::personId).filter(p -> p != null)
                .collect(Collectors.toSet());

        assertThat(persons).containsExactlyInAnyOrder("CN-M5", "CN-M10", "CN-M15");
        List<ReviewDossier> own = request.dossiers().stream().filter(d -> persons.contains(d.subjectId())).toList();
        assertThat(own).isNotEmpty();
        assertThat(own).allSatisfy(d -> assertThat(request.members().stream()
                .filter(m -> d.subjectId().equals(m.personId())).findFirst().orElseThrow().recusesFrom(d)).isTrue());
    }

    /**
     * "Of any size": a session cannot be longer than a day (1,440 minutes, the reader's range), so
     * many dossiers in few sessions must still give a request that the reader, and so the
     * {@code schedule} command given the request {@code schedule-bench --write} kept, accepts.
     */
    @ParameterizedTest
    @CsvSource({"1000, 5, 15", "5000, 2, 15", "20000, 1, 3"})
    void keepsEverySessionWithinADayWhenTheDossiersCannotFit(int dossiers, int sessions, int members) {
        SchedulingRequest request = generator.generate(dossiers, sessions, members, 7);

        assertThat(request.sessions()).extracting(ReviewSession::minutes).containsOnly(24 * 60);
        assertThat(READER.check(request)).isEqualTo(request);
    }
}

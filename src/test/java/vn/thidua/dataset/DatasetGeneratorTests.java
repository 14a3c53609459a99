package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.HouseholdMember;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Initiative;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.Reserved;
import vn.thidua.dossier.SubjectType;
import vn.thidua.dossier.Title;
import vn.thidua.dossier.Transfer;
import vn.thidua.dossier.Unit;
import vn.thidua.dossier.UnitLevel;

/**
 * The synthetic request generator behind {@code generate}, the benchmarks and the load tests: the
 * same size and seed give the same bytes (those of data/commune-300.json for 300 and seed 41), every
 * request it writes is one the application's own reader accepts, every reference inside it resolves,
 * and the shares its Javadoc and data/README.md describe (ethnic minorities, state employees, women,
 * quotas per commune, titles following ratings) hold within stated bounds. Only names are synthetic.
 */
class DatasetGeneratorTests {

    private static final int YEAR = 2025;
    private static final long SEED = 41;
    /** 15 January 2026 in Việt Nam; the generated period has its own dates, so the clock only fills nothing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    /** The application's defaults, thidua.import.max-bytes and thidua.import.max-text-length. */
    private static final RequestReader READER = new RequestReader(104_857_600, 10_000, CLOCK);
    private static final Set<String> STATE_OCCUPATIONS = Set.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "TEACHER", "HEALTH_WORKER");

    private static final Map<Integer, EvaluationRequest> READ = new HashMap<>();

    @Test
    void writesTheSameBytesForTheSameSizeAndSeed() {
        assertThat(bytes(300, SEED)).isEqualTo(bytes(300, SEED));
        assertThat(bytes(1, 7)).isEqualTo(bytes(1, 7));
    }

    @Test
    void reproducesTheCommittedCommuneOf300ByteForByte() throws IOException {
        // data/README.md: generate --individuals 300 --seed 41 --out data/commune-300.json; the outcome
        // counts GeneratedCommuneIntegrationTests checks are those of this file.
        assertThat(bytes(300, SEED)).isEqualTo(Files.readAllBytes(Path.of("data/commune-300.json")));
    }

    @Test
    void recordsPupilsAndDignitariesOutsideTheStateSystemAndChangesNothingElse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(YEAR).withPupilsAndDignitaries().write(300, SEED, out);
        EvaluationRequest mixed = read(out.toByteArray());
        EvaluationRequest plain = read(bytes(300, SEED));
        int pupils = 0;
        int dignitaries = 0;
        for (int i = 0; i < plain.individuals().size(); i++) {
            Individual before = plain.individuals().get(i);
            Individual after = mixed.individuals().get(i);
            if (after.occupation() == before.occupation()) {
                assertThat(after).isEqualTo(before);
                continue;
            }
            assertThat(after.occupation()).isIn(Occupation.STUDENT, Occupation.RELIGIOUS_DIGNITARY);
            assertThat(before.occupation()).isIn(Occupation.WORKER, Occupation.FARMER);
            assertThat(after.directProducer()).isFalse();
            assertThat(after.fullName()).isEqualTo(before.fullName());
            assertThat(after.ratings()).isEqualTo(before.ratings());
            pupils += after.occupation() == Occupation.STUDENT ? 1 : 0;
            dignitaries += after.occupation() == Occupation.RELIGIOUS_DIGNITARY ? 1 : 0;
        }
        long outside = plain.individuals().stream().filter(p -> p.occupation() == Occupation.WORKER || p.occupation() == Occupation.FARMER).count();
        assertThat(pupils).as("one in seven of the people outside the state system").isEqualTo((int) ((outside + 3) / 7));
        assertThat(dignitaries).isEqualTo((int) ((outside + 1) / 7));
        assertThat(mixed.collectives()).isEqualTo(plain.collectives());
        assertThat(mixed.households()).isEqualTo(plain.households());
    }

    @Test
    void writesDifferentPeopleForDifferentSeeds() {
        EvaluationRequest one = read(bytes(300, 1));
        EvaluationRequest other = read(bytes(300, 2));

        assertThat(bytes(300, 1)).isNotEqualTo(bytes(300, 2));
        assertThat(one.individuals()).hasSameSizeAs(other.individuals());
        assertThat(one.individuals()).isNotEqualTo(other.individuals());
        assertThat(one.individuals().stream().map(Individual::fullName).toList())
                .isNotEqualTo(other.individuals().stream().map(Individual::fullName).toList());
    }

    @Test
    void leavesTheStreamOpenAsItsJavadocSays() {
        // GenerateCommand prints a newline on the same stream after the request.
        ClosingAwareStream out = new ClosingAwareStream();

        new DatasetGenerator(YEAR).write(10, SEED, out);

        assertThat(out.closed).as("stream closed by the generator").isFalse();
        assertThat(out.size()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 300, 2_000})
    void writesRequestsTheApplicationsReaderAcceptsWithTheRequestedNumberOfIndividuals(int individuals) {
        byte[] json = bytes(individuals, SEED);

        assertThatCode(() -> READER.read(new ByteArrayInputStream(json))).doesNotThrowAnyException();
        EvaluationRequest request = generated(individuals);
        assertThat(request.individuals()).hasSize(individuals);
        assertThat(request.households()).hasSize(individuals * 2 / 5);
        assertThat(request.period().year()).isEqualTo(YEAR);
        assertThat(request.period().cutoffDate()).isEqualTo(LocalDate.of(YEAR, 12, 31));
        assertThat(request.period().decisionDate()).isEqualTo(LocalDate.of(YEAR + 1, 1, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void givesEverySubjectAnIdOfItsOwn(int individuals) {
        EvaluationRequest request = generated(individuals);
        List<String> ids = Stream.of(request.individuals().stream().map(Individual::id),
                request.collectives().stream().map(Collective::id), request.households().stream().map(Household::id))
                .flatMap(s -> s).toList();

        assertThat(ids).hasSize(request.subjectCount()).doesNotHaveDuplicates();
        assertThat(request.units().stream().map(Unit::code).toList()).doesNotHaveDuplicates();
        for (Individual person : request.individuals()) {
            assertThat(person.initiatives().stream().map(i -> i.id()).toList()).as(person.id()).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 300, 2_000})
    void recordsTheRecognitionOfEveryInitiative(int individuals) {
        // docs/request-and-result.md §6.1.4: an initiative counts only with who recognised it and when.
        List<Initiative> initiatives = generated(individuals).individuals().stream()
                .flatMap(person -> person.initiatives().stream()).toList();

        assertThat(initiatives).isNotEmpty().allSatisfy(initiative -> {
            assertThat(initiative.isRecognized()).as(initiative.id()).isTrue();
            assertThat(initiative.recognitionDate().getYear()).as(initiative.id()).isEqualTo(initiative.year());
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void refersOnlyToUnitsItDeclares(int individuals) {
        EvaluationRequest request = generated(individuals);
        Set<String> units = request.units().stream().map(Unit::code).collect(Collectors.toSet());

        assertThat(request.units()).allSatisfy(u -> assertThat(u.parent() == null || units.contains(u.parent())).as(u.code()).isTrue());
        assertThat(request.individuals()).allSatisfy(i -> assertThat(units).as(i.id()).contains(i.unit()));
        assertThat(request.individuals().stream().flatMap(i -> i.transfers().stream())
                .flatMap(t -> Stream.of(t.fromUnit(), t.toUnit())).toList()).allSatisfy(u -> assertThat(units).contains(u));
        assertThat(request.collectives()).allSatisfy(c -> assertThat(units).as(c.id()).contains(c.unit()));
        assertThat(request.households()).allSatisfy(h -> assertThat(units).as(h.id()).contains(h.unit()));
        assertThat(request.quotas()).allSatisfy(q -> assertThat(units).as(q.award().name()).contains(q.unit()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void makesOneCollectivePerUnitOfExactlyTheUnitsPeople(int individuals) {
        EvaluationRequest request = generated(individuals);
        Map<String, List<String>> peopleByUnit = request.individuals().stream().collect(Collectors.groupingBy(
                Individual::unit, Collectors.mapping(Individual::id, Collectors.toList())));
        Set<String> people = request.individuals().stream().map(Individual::id).collect(Collectors.toSet());

        assertThat(request.collectives()).hasSize(peopleByUnit.size());
        for (Collective collective : request.collectives()) {
            assertThat(people).as(collective.id()).containsAll(collective.members());
            assertThat(collective.members()).as(collective.id()).doesNotHaveDuplicates()
                    .isEqualTo(peopleByUnit.get(collective.unit()));
            assertThat(collective.ratings()).extracting(Rating::year).containsExactly(YEAR - 1, YEAR);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void placesAgenciesAndSchoolsOfAtMostFifteenPeopleUnderHighlandCommunes(int individuals) {
        EvaluationRequest request = generated(individuals);
        Map<String, Unit> units = request.units().stream().collect(Collectors.toMap(Unit::code, u -> u));
        List<Unit> communes = request.units().stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
        int below = (individuals + 14) / 15;

        assertThat(communes).hasSize(Math.min(7, Math.max(1, below / 10 + 1)));
        assertThat(communes).allSatisfy(c -> {
            assertThat(c.parent()).isNull();
            assertThat(c.code()).startsWith("XA-");
            assertThat(c.name()).startsWith("UBND xã ");
        });
        List<Unit> others = request.units().stream().filter(u -> u.level() != UnitLevel.COMMUNE).toList();
        assertThat(others).hasSize(Math.max(1, below));
        assertThat(others).allSatisfy(u -> {
            assertThat(u.level()).isIn(UnitLevel.AGENCY, UnitLevel.SCHOOL);
            assertThat(units.get(u.parent()).level()).isEqualTo(UnitLevel.COMMUNE);
            assertThat(u.isGrassroots()).isTrue();
        });
        Map<String, Long> perUnit = request.individuals().stream().collect(Collectors.groupingBy(Individual::unit, Collectors.counting()));
        assertThat(perUnit.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 15L));
        assertThat(perUnit.keySet()).allSatisfy(u -> assertThat(units.get(u).level()).isNotEqualTo(UnitLevel.COMMUNE));
        assertThat(request.households()).allSatisfy(h -> assertThat(units.get(h.unit()).level()).isEqualTo(UnitLevel.COMMUNE));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void setsTheThreeQuotasOfEveryCommune(int individuals) {
        EvaluationRequest request = generated(individuals);
        List<String> communes = request.units().stream().filter(u -> u.level() == UnitLevel.COMMUNE).map(Unit::code).toList();

        assertThat(request.quotas()).hasSize(3 * communes.size());
        for (String commune : communes) {
            Map<AwardCode, Quota> quotas = request.quotas().stream().filter(q -> q.unit().equals(commune))
                    .collect(Collectors.toMap(Quota::award, q -> q));
            assertThat(quotas).containsOnlyKeys(AwardCode.CHIEN_SI_THI_DUA_CO_SO, AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA,
                    AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH);

            Quota cstdcs = quotas.get(AwardCode.CHIEN_SI_THI_DUA_CO_SO);
            assertThat(cstdcs.maxCount()).isNull();
            assertThat(cstdcs.maxPercent()).isEqualTo(15);
            assertThat(cstdcs.ofAward()).isEqualTo(AwardCode.LAO_DONG_TIEN_TIEN);
            assertThat(cstdcs.reserved()).containsExactly(new Reserved(PriorityGroup.ETHNIC_MINORITY, 30));

            Quota giayKhen = quotas.get(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA);
            assertThat(giayKhen.maxCount()).isEqualTo(20);
            assertThat(giayKhen.maxPercent()).isNull();
            assertThat(giayKhen.reserved()).containsExactly(new Reserved(PriorityGroup.FEMALE, 50));

            Quota bangKhen = quotas.get(AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH);
            assertThat(bangKhen.maxCount()).isEqualTo(5);
            assertThat(bangKhen.reserved()).isEmpty();
        }
    }

    @Test
    void drawsPeopleInTheSharesItDescribes() {
        List<Individual> people = generated(2_000).individuals();

        // Names.GROUPS: Kinh weigh 40 of 100, so 60% belong to an ethnic minority.
        assertThat(share(people, i -> i.ethnicMinority())).isBetween(0.55, 0.65);
        assertThat(share(people, i -> i.gender() == Gender.FEMALE)).isBetween(0.45, 0.55);
        // 70% are state employees (CBCCVC_NLD); the others produce directly, a quarter as workers.
        assertThat(share(people, i -> i.subjectType() == SubjectType.CBCCVC_NLD)).isBetween(0.65, 0.75);
        List<Individual> producers = people.stream().filter(i -> i.subjectType() == SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC).toList();
        assertThat(share(producers, i -> i.occupation() == Occupation.WORKER)).isBetween(0.18, 0.32);
        assertThat(share(people, i -> Boolean.TRUE.equals(i.leader()))).isBetween(0.03, 0.09);
        Set<String> ethnicities = people.stream().map(Individual::ethnicity).collect(Collectors.toSet());
        assertThat(ethnicities).containsExactlyInAnyOrder("Kinh", "K'Ho", "Mạ", "M'Nông", "Tày", "Nùng");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 300, 2_000})
    void keepsEachPersonsFactsConsistentWithEachOther(int individuals) {
        for (Individual person : generated(individuals).individuals()) {
            boolean state = person.subjectType() == SubjectType.CBCCVC_NLD;
            assertThat(person.ethnicMinority()).as(person.id()).isEqualTo(!person.ethnicity().equals("Kinh"));
            assertThat(person.directProducer()).as(person.id()).isEqualTo(!state);
            assertThat(person.occupation().name()).as(person.id()).matches(o -> state == STATE_OCCUPATIONS.contains(o));
            assertThat(person.leader() && !state).as(person.id() + " a leader outside the state").isFalse();
            assertThat(person.birthYear()).as(person.id()).isBetween(YEAR - 59, YEAR - 22);
            assertThat(person.recruitmentDate()).as(person.id()).isBeforeOrEqualTo(LocalDate.of(YEAR, 12, 31));
            assertThat(person.ratings().isEmpty()).as(person.id() + " rated only as a state employee").isEqualTo(!state);
            assertThat(person.ratings()).extracting(Rating::year).as(person.id()).allSatisfy(y -> assertThat(y).isBetween(YEAR - 2, YEAR));
            assertThat(person.leaves()).as(person.id()).allSatisfy(l -> assertThat(l.to()).isAfterOrEqualTo(l.from()));
            assertThat(person.transfers()).extracting(Transfer::toUnit).as(person.id()).allSatisfy(u -> assertThat(u).isEqualTo(person.unit()));
        }
    }

    /** PersonWriter: the titles of the two previous years follow their ratings, as a council would have decided. */
    @ParameterizedTest
    @ValueSource(ints = {300, 2_000})
    void givesPastTitlesOnlyWhereThatYearsRatingEarnedThem(int individuals) {
        for (Individual person : generated(individuals).individuals()) {
            Map<Integer, RatingLevel> ratings = person.ratings().stream().collect(Collectors.toMap(Rating::year, Rating::level));
            Set<Integer> advancedWorker = new HashSet<>();
            for (Title title : person.titles()) {
                assertThat(title.year()).as(person.id() + " " + title.code()).isLessThan(YEAR);
                switch (title.code()) {
                    case LAO_DONG_TIEN_TIEN -> {
                        assertThat(ratings.get(title.year())).as(person.id() + " LĐTT " + title.year())
                                .isIn(RatingLevel.HTXSNV, RatingLevel.HTTNV);
                        advancedWorker.add(title.year());
                    }
                    case CHIEN_SI_THI_DUA_CO_SO -> {
                        assertThat(ratings.get(title.year())).as(person.id() + " CSTĐCS " + title.year()).isEqualTo(RatingLevel.HTXSNV);
                        assertThat(advancedWorker).as(person.id() + " CSTĐCS without LĐTT " + title.year()).contains(title.year());
                    }
                    case CHIEN_SI_THI_DUA_CAP_TINH -> assertThat(title.year()).isEqualTo(YEAR - 3);
                    default -> throw new AssertionError(person.id() + " has an unexpected title " + title.code());
                }
            }
        }
    }

    /** The Javadoc: every rule meets both its passing and its failing cases, so the evidence varies. */
    @Test
    void writesBothPassingAndFailingEvidence() {
        List<Individual> people = generated(2_000).individuals();
        Set<RatingLevel> levels = people.stream().flatMap(i -> i.ratings().stream()).filter(r -> r.year() == YEAR)
                .map(Rating::level).collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingLevel.class)));
        List<Individual> state = people.stream().filter(i -> i.subjectType() == SubjectType.CBCCVC_NLD).toList();

        assertThat(levels).containsExactlyInAnyOrder(RatingLevel.values());
        assertThat(share(state, i -> i.ratings().stream().noneMatch(r -> r.year() == YEAR))).as("no rating this year").isBetween(0.01, 0.08);
        assertThat(share(people, i -> i.attestations().isEmpty())).as("no attestation").isBetween(0.01, 0.15);
        assertThat(share(people, i -> !i.leaves().isEmpty())).as("a leave").isBetween(0.05, 0.20);
        assertThat(share(people, i -> !i.transfers().isEmpty())).as("a transfer").isBetween(0.01, 0.08);
        assertThat(share(people, i -> !i.pendingProceedings().isEmpty())).as("a proceeding").isBetween(0.001, 0.03);
        assertThat(share(people, i -> !i.initiatives().isEmpty())).as("an initiative").isBetween(0.25, 0.50);
        assertThat(share(people, i -> !i.titles().isEmpty())).as("a past title").isBetween(0.40, 0.70);
        List<HouseholdMember> members = generated(2_000).households().stream().flatMap(h -> h.members().stream()).toList();
        assertThat(members.stream().filter(m -> !m.adminSanctions().isEmpty())).isNotEmpty();
        assertThat(members.stream().filter(m -> !m.taxFulfilled())).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 300, 2_000})
    void namesEveryPersonAndHouseholdMemberWithANameOfTwoOrMoreWords(int individuals) {
        EvaluationRequest request = generated(individuals);
        List<String> names = new ArrayList<>();
        request.individuals().forEach(i -> names.add(i.fullName()));
        request.households().forEach(h -> {
            names.add(h.headName());
            h.members().forEach(m -> names.add(m.name()));
        });
        request.collectives().forEach(c -> names.add(c.name()));
        request.units().forEach(u -> names.add(u.name()));

        assertThat(names).allSatisfy(name -> {
            assertThat(name).isNotBlank().isEqualTo(name.strip());
            assertThat(name.split(" ")).allSatisfy(word -> assertThat(word).isNotEmpty());
        });
        assertThat(request.individuals()).allSatisfy(i -> assertThat(i.fullName().split(" ")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(request.households()).allSatisfy(h -> assertThat(h.members()).hasSizeBetween(2, 6));
    }

    /** Names: "Thị" marks a woman's name and "Văn" a man's, so those follow the gender. */
    @Test
    void givesMarkedMiddleNamesOnlyToTheMatchingGender() {
        for (Individual person : generated(2_000).individuals()) {
            List<String> words = Arrays.asList(person.fullName().split(" "));
            if (person.gender() == Gender.FEMALE) {
                assertThat(words).as(person.id() + " " + person.fullName()).doesNotContain("Văn");
            } else {
                assertThat(words).as(person.id() + " " + person.fullName()).doesNotContain("Thị");
            }
        }
    }

    @Test
    void writesItsYearIntoThePeriodAndTheHistory() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(2030).write(50, SEED, out);
        EvaluationRequest request = read(out.toByteArray());

        assertThat(request.period().year()).isEqualTo(2030);
        assertThat(request.period().decisionDate()).isEqualTo(LocalDate.of(2031, 1, 20));
        assertThat(request.individuals().stream().flatMap(i -> i.ratings().stream()).map(Rating::year).distinct())
                .containsExactlyInAnyOrder(2028, 2029, 2030);
        assertThat(request.individuals()).allSatisfy(i -> assertThat(i.birthYear()).isBetween(2030 - 59, 2030 - 22));
    }

    private static double share(List<Individual> people, Predicate<Individual> test) {
        return people.stream().filter(test).count() / (double) people.size();
    }

    private static EvaluationRequest generated(int individuals) {
        synchronized (READ) {
            return READ.computeIfAbsent(individuals, n -> read(bytes(n, SEED)));
        }
    }

    private static EvaluationRequest read(byte[] json) {
        return READER.read(new ByteArrayInputStream(json));
    }

    private static byte[] bytes(int individuals, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(YEAR).write(individuals, seed, out);
        return out.toByteArray();
    }

    private static final class ClosingAwareStream extends ByteArrayOutputStream {

        private boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}

package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static vn.thidua.dossier.Requests.appended;
import static vn.thidua.dossier.Requests.at;
import static vn.thidua.dossier.Requests.stream;
import static vn.thidua.dossier.Requests.valid;
import static vn.thidua.dossier.Requests.with;
import static vn.thidua.dossier.Requests.without;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReaderTests {

    private final RequestReader reader = Requests.reader();

    @Test
    void readsEveryFieldOfValidRequest() {
        EvaluationRequest request = read(valid());

        assertThat(request.schemaVersion()).isEqualTo(1);
        assertThat(request.units()).containsExactly(
                new Unit("XA-DARSAL", "Ủy ban nhân dân xã Đạ Rsal", UnitLevel.COMMUNE, null, true, AreaDifficulty.DBKK),
                new Unit("THON-LIENG-TRANG", "Thôn Liêng Trang", UnitLevel.VILLAGE, "XA-DARSAL", true, null));
        Individual nhung = request.individuals().get(0);
        assertThat(nhung).extracting(Individual::id, Individual::fullName, Individual::unit, Individual::gender,
                Individual::birthYear, Individual::ethnicity, Individual::ethnicMinority, Individual::subjectType,
                Individual::occupation, Individual::directProducer, Individual::leader, Individual::recruitmentDate)
                .containsExactly("CN-0001", "Nguyễn Thị Hồng Nhung", "XA-DARSAL", Gender.FEMALE, 1988, "Kinh", false,
                        SubjectType.CBCCVC_NLD, Occupation.CIVIL_SERVANT, false, false, LocalDate.of(2012, 9, 1));
        assertThat(nhung.ratings()).containsExactly(new Rating(2024, RatingLevel.HTXSNV, RatingScheme.ND90_2020),
                new Rating(2025, RatingLevel.HTTNV, RatingScheme.ND335_2025));
        assertThat(nhung.attestations()).containsExactly(
                new Attestation(2025, AttestationKind.SOLIDARITY_AND_EMULATION, "BB-12/2025"));
        assertThat(nhung.leaves()).containsExactly(
                new Leave(LeaveType.THAI_SAN, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31), 130, null));
        assertThat(nhung.disciplines()).containsExactly(
                new Discipline(DisciplineForm.KHIEN_TRACH, LocalDate.of(2021, 5, 10), true));
        assertThat(nhung.pendingProceedings()).containsExactly(new Proceeding(ProceedingKind.COMPLAINT_UNDER_VERIFICATION,
                LocalDate.of(2025, 11, 2), LocalDate.of(2025, 12, 20)));
        assertThat(nhung.initiatives()).containsExactly(new Initiative("SK-1", "Số hóa hồ sơ một cửa", 2025, Scope.CO_SO,
                "Hội đồng sáng kiến xã", LocalDate.of(2025, 11, 20), true));
        assertThat(nhung.scienceWorks()).containsExactly(
                new ScienceWork("DT-1", "Đề tài chuyển đổi số cấp xã", 2024, Scope.BO_NGANH_TINH, true, true));
        assertThat(nhung.titles()).containsExactly(
                new Title(AwardCode.LAO_DONG_TIEN_TIEN, 2024, "QĐ 15/QĐ-UBND", List.of()));
        assertThat(nhung.commendations()).containsExactly(new Commendation(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA,
                LocalDate.of(2024, 1, 20), "2023", "QĐ 7/QĐ-UBND", List.of("SK-1")));
        assertThat(nhung.proposedAwards())
                .containsExactly(AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO);

        Individual lieng = request.individuals().get(1);
        assertThat(lieng.transfers()).containsExactly(
                new Transfer("XA-DARSAL", "THON-LIENG-TRANG", LocalDate.of(2025, 4, 1), "NX-03/2025"));
        assertThat(lieng.adminSanctions()).containsExactly(
                new AdminSanction(SanctionKind.PUBLIC_ORDER, LocalDate.of(2023, 6, 15)));

        Collective team = request.collectives().get(0);
        assertThat(team.members()).containsExactly("CN-0001", "CN-0002");
        assertThat(team.ratings()).containsExactly(new Rating(2025, RatingLevel.HTTNV, null));
        assertThat(team.memberSummary()).isNull();

        Household household = request.households().get(0);
        assertThat(household.members()).extracting(HouseholdMember::name).containsExactly("Điểu K'Lơi", "Ka Thị Mai");
        assertThat(household.members().get(1).adminSanctions())
                .containsExactly(new AdminSanction(SanctionKind.GAMBLING, LocalDate.of(2022, 2, 1)));
        assertThat(household.contributions()).containsExactly(
                new Contribution(ContributionKind.LAND, "Hiến 120 m² đất làm đường thôn", 60_000_000L));

        assertThat(request.quotas()).containsExactly(new Quota(AwardCode.CHIEN_SI_THI_DUA_CO_SO, "XA-DARSAL", null, 15,
                AwardCode.LAO_DONG_TIEN_TIEN, List.of(new Reserved(PriorityGroup.ETHNIC_MINORITY, 30))));
    }

    @Test
    void fillsPeriodDefaultsFromYearAndClock() {
        Period period = read(valid()).period();

        assertThat(period.year()).isEqualTo(2025);
        assertThat(period.cutoffDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(period.decisionDate()).as("today in the clock's zone").isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void keepsPeriodDatesThatAreGiven() {
        Period period = read(with(valid(), "period",
                "{ \"year\": 2025, \"cutoffDate\": \"2025-11-30\", \"decisionDate\": \"2026-01-20\" }")).period();

        assertThat(period).isEqualTo(new Period(2025, LocalDate.of(2025, 11, 30), LocalDate.of(2026, 1, 20)));
    }

    @Test
    void readsAbsentListsAsEmpty() {
        EvaluationRequest request = read(with(with(valid(), "individuals", "[ { \"id\": \"CN-0001\", "
                + "\"fullName\": \"Lê Văn Tám\", \"unit\": \"XA-DARSAL\" } ]"), "collectives", "null"));

        assertThat(request.collectives()).isEmpty();
        Individual tam = request.individuals().get(0);
        assertThat(List.of(tam.ratings(), tam.attestations(), tam.leaves(), tam.transfers(), tam.disciplines(),
                tam.pendingProceedings(), tam.adminSanctions(), tam.initiatives(), tam.scienceWorks(), tam.titles(),
                tam.commendations())).allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(tam.proposedAwards()).as("absent: every award that applies is evaluated").isNull();

        EvaluationRequest bare = read("{ \"schemaVersion\": 1, \"period\": { \"year\": 2025 } }");
        assertThat(List.of(bare.units(), bare.individuals(), bare.collectives(), bare.households(), bare.quotas()))
                .allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void preservesVietnameseDiacriticsExactly() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);

        EvaluationRequest request = read(with(valid(), "individuals[1].fullName", quoted(decomposed)));

        assertThat(request.individuals().get(0).fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(request.individuals().get(1).fullName()).as("not normalised").isEqualTo(decomposed);
        assertThat(request.individuals().get(1).ethnicity()).isEqualTo("K'Ho");
        assertThat(request.households().get(0).headName()).isEqualTo("Điểu K'Lơi");
    }

    @Test
    void readsInputWithUtf8ByteOrderMark() {
        byte[] json = valid().getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        assertThat(reader.read(new ByteArrayInputStream(withMark)).units()).hasSize(2);
    }

    @Test
    void reportsMisspeltFieldAsUnknown() {
        String json = with(without(valid(), "individuals[0].fullName"), "individuals[0].fullname", "\"Nguyễn Thị Hồng Nhung\"");

        assertThat(errors(json)).extracting(FieldError::path)
                .containsExactly("individuals[0].fullname", "individuals[0].fullName");
        assertThat(errors(json).get(0).message()).startsWith("unknown field; expected one of id, fullName, unit,");
    }

    @Test
    void reportsUnknownFieldWithAnOddNameUnambiguously() {
        String json = Requests.withField(Requests.withField(valid(), "individuals[0]", "full name", "\"x\""), "", "", "1");

        assertThat(errors(json)).extracting(FieldError::path)
                .containsExactly("[\"\"]", "individuals[0][\"full name\"]");
    }

    @Test
    void reportsMissingRequiredFieldWhereItBelongs() {
        assertThat(errors(without(valid(), "individuals[0].fullName")))
                .containsExactly(new FieldError("individuals[0].fullName", "required field is missing"));
        assertThat(errors(with(valid(), "individuals[1].ratings[0].level", "null")))
                .containsExactly(new FieldError("individuals[1].ratings[0].level", "required field is missing"));
        assertThat(errors(without(valid(), "schemaVersion")))
                .containsExactly(new FieldError("schemaVersion", "required field is missing"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongTypes")
    void reportsWrongJsonType(String path, String value, String message) {
        assertThat(errors(with(valid(), path, value))).containsExactly(new FieldError(path, message));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("period.year", "\"2025\"", "expected a whole number, found text \"2025\""),
                Arguments.of("individuals[0].birthYear", "1988.5", "expected a whole number, found 1988.5"),
                Arguments.of("individuals[0].ratings", "{}", "expected a list, found an object"),
                Arguments.of("period", "[]", "expected an object, found a list"),
                Arguments.of("individuals[0].fullName", "42", "expected text, found 42"),
                Arguments.of("units[0].grassroots", "\"true\"", "expected true or false, found text \"true\""),
                Arguments.of("collectives[0].members[0]", "{}", "expected text, found an object"),
                Arguments.of("individuals[0].ratings[0].level", "3",
                        "expected one of HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED, found 3"),
                Arguments.of("individuals[0].ratings[0]", "null", "a list item may not be null"),
                Arguments.of("individuals[0].fullName", "\"  \"", "text is empty"));
    }

    @Test
    void reportsUnknownEnumValueWithExpectedValues() {
        String json = valid();
        for (String id : List.of("CN-0003", "CN-0004")) {
            json = appended(json, "individuals", with(at(valid(), "individuals[1]"), "id", quoted(id)));
        }

        List<FieldError> errors = errors(with(json, "individuals[3].ratings[0].level", "\"GOOD\""));

        assertThat(errors).extracting(FieldError::toString).containsExactly(
                "individuals[3].ratings[0].level: unknown value \"GOOD\"; expected one of HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "15/01/2025", "2025-1-15", "2025-01-15T00:00", "20250115" })
    void reportsDateNotInIsoFormat(String date) {
        assertThat(errors(with(valid(), "individuals[0].recruitmentDate", quoted(date)))).containsExactly(
                new FieldError("individuals[0].recruitmentDate", "expected an ISO date YYYY-MM-DD, found text \"" + date + "\""));
    }

    @Test
    void reportsDateThatIsNotOnTheCalendar() {
        assertThat(errors(with(valid(), "individuals[0].leaves[0].to", "\"2025-02-30\""))).containsExactly(
                new FieldError("individuals[0].leaves[0].to", "\"2025-02-30\" is not a calendar date"));
    }

    @Test
    void reportsUnsupportedSchemaVersionAlone() {
        String version2 = with(with(valid(), "schemaVersion", "2"), "evidence", "[]");

        assertThat(errors(version2)).containsExactly(
                new FieldError("schemaVersion", "unsupported schema version 2; this evaluator reads version 1"));
        assertThat(errors(with(valid(), "schemaVersion", "0"))).extracting(FieldError::message)
                .containsExactly("unsupported schema version 0; this evaluator reads version 1");
        assertThat(errors(with(valid(), "schemaVersion", "\"1\""))).containsExactly(
                new FieldError("schemaVersion", "expected a whole number, found text \"1\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("numbersOutOfRange")
    void reportsNumberOutOfRange(String path, String value, String message) {
        assertThat(errors(with(valid(), path, value))).containsExactly(new FieldError(path, message));
    }

    static Stream<Arguments> numbersOutOfRange() {
        return Stream.of(
                Arguments.of("individuals[0].birthYear", "1800", "number 1800 is out of range; expected 1900 to 2200"),
                Arguments.of("quotas[0].maxPercent", "101", "number 101 is out of range; expected 0 to 100"),
                Arguments.of("quotas[0].reserved[0].minShare", "-1", "number -1 is out of range; expected 0 to 100"),
                Arguments.of("individuals[0].leaves[0].workingDays", "401", "number 401 is out of range; expected 0 to 400"),
                Arguments.of("period.year", "99999999999", "number 99999999999 is out of range"),
                Arguments.of("households[0].contributions[0].valueVnd", "99999999999999999999",
                        "number 99999999999999999999 is out of range"));
    }

    @Test
    void reportsDuplicateSubjectIdAtSecondOccurrence() {
        String twin = appended(valid(), "individuals", with(at(valid(), "individuals[1]"), "id", "\"CN-0001\""));

        assertThat(errors(twin)).containsExactly(
                new FieldError("individuals[2].id", "duplicate id \"CN-0001\"; first used at individuals[0]"));
        assertThat(errors(with(valid(), "households[0].id", "\"TT-01\""))).containsExactly(
                new FieldError("households[0].id", "duplicate id \"TT-01\"; first used at collectives[0]"));
    }

    @Test
    void reportsDuplicateUnitCodeAtSecondOccurrence() {
        String json = appended(valid(), "units", "{ \"code\": \"XA-DARSAL\", \"name\": \"Xã Đạ Rsal (trùng)\" }");

        assertThat(errors(json)).containsExactly(
                new FieldError("units[2].code", "duplicate unit code \"XA-DARSAL\"; first used at units[0]"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "individuals[0].unit", "individuals[1].transfers[0].fromUnit", "individuals[1].transfers[0].toUnit",
            "units[1].parent", "collectives[0].unit", "households[0].unit", "quotas[0].unit" })
    void reportsUnknownUnitReference(String path) {
        assertThat(errors(with(valid(), path, "\"XA-KHONG-CO\"")))
                .containsExactly(new FieldError(path, "unknown unit \"XA-KHONG-CO\""));
    }

    @Test
    void reportsEveryUnitOnParentCycleAndNoUnitBelowIt() {
        String cycle = with(valid(), "units[0].parent", "\"THON-LIENG-TRANG\"");
        String below = appended(cycle, "units", "{ \"code\": \"TO-1\", \"name\": \"Tổ 1\", \"parent\": \"THON-LIENG-TRANG\" }");

        assertThat(errors(below)).containsExactly(
                new FieldError("units[0].parent", "unit \"XA-DARSAL\" is its own ancestor"),
                new FieldError("units[1].parent", "unit \"THON-LIENG-TRANG\" is its own ancestor"));
    }

    @Test
    void reportsUnitThatIsItsOwnParent() {
        assertThat(errors(with(valid(), "units[0].parent", "\"XA-DARSAL\""))).containsExactly(
                new FieldError("units[0].parent", "unit \"XA-DARSAL\" is its own ancestor"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "CN-9999", "TT-01", "HGD-01" })
    void reportsCollectiveMemberThatIsNotAnIndividualOfTheDocument(String id) {
        assertThat(errors(with(valid(), "collectives[0].members[1]", quoted(id)))).containsExactly(
                new FieldError("collectives[0].members[1]", "unknown individual \"" + id + "\""));
    }

    @Test
    void reportsMemberListedTwice() {
        assertThat(errors(appended(valid(), "collectives[0].members", "\"CN-0001\""))).containsExactly(
                new FieldError("collectives[0].members[2]", "member \"CN-0001\" is listed twice; first at members[0]"));
    }

    @Test
    void reportsProposedAwardThatDoesNotApplyToSubjectKind() {
        assertThat(errors(appended(valid(), "individuals[0].proposedAwards", "\"TAP_THE_LAO_DONG_TIEN_TIEN\"")))
                .containsExactly(new FieldError("individuals[0].proposedAwards[2]",
                        "award TAP_THE_LAO_DONG_TIEN_TIEN is not given to a subject of kind INDIVIDUAL"));
        assertThat(errors(appended(valid(), "households[0].proposedAwards", "\"GIAY_KHEN_THU_TRUONG_DON_VI\"")))
                .containsExactly(new FieldError("households[0].proposedAwards[1]",
                        "award GIAY_KHEN_THU_TRUONG_DON_VI is not given to a subject of kind HOUSEHOLD"));
        assertThat(errors(appended(valid(), "collectives[0].proposedAwards", "\"GIA_DINH_VAN_HOA\"")))
                .containsExactly(new FieldError("collectives[0].proposedAwards[1]",
                        "award GIA_DINH_VAN_HOA is not given to a subject of kind COLLECTIVE"));
    }

    @Test
    void reportsAttestationOfAnotherSubjectKind() {
        assertThat(errors(with(valid(), "collectives[0].attestations[0].kind", "\"PRODUCTIVE_LABOUR\""))).containsExactly(
                new FieldError("collectives[0].attestations[0].kind", "attestation PRODUCTIVE_LABOUR is not for a subject "
                        + "of kind COLLECTIVE; expected one of EMULATION_MOVEMENT, INTERNAL_UNITY, EXCEEDED_TARGETS, NEW_MODEL"));
        assertThat(errors(with(valid(), "individuals[1].attestations[0].kind", "\"LAW_ABIDING_CIVILISED\"")))
                .extracting(FieldError::path).containsExactly("individuals[1].attestations[0].kind");
        assertThat(errors(with(valid(), "households[0].attestations[0].kind", "\"NEW_MODEL\"")))
                .extracting(FieldError::path).containsExactly("households[0].attestations[0].kind");
    }

    @Test
    void reportsDuplicateRatingYear() {
        String json = appended(valid(), "individuals[0].ratings", "{ \"year\": 2025, \"level\": \"HTNV\" }");

        assertThat(errors(json)).containsExactly(
                new FieldError("individuals[0].ratings[2].year", "a second entry for 2025; first at ratings[1]"));
    }

    @Test
    void reportsLeaveEndingBeforeItStarts() {
        assertThat(errors(with(valid(), "individuals[0].leaves[0].to", "\"2025-02-28\""))).containsExactly(
                new FieldError("individuals[0].leaves[0].to", "to 2025-02-28 is before from 2025-03-01"));
    }

    @Test
    void reportsQuotaWithBothMaxCountAndMaxPercent() {
        assertThat(errors(with(valid(), "quotas[0].maxCount", "3")))
                .containsExactly(new FieldError("quotas[0]", "give maxCount or maxPercent, not both"));
    }

    @Test
    void reportsQuotaWithNeitherMaxCountNorMaxPercent() {
        assertThat(errors(without(without(valid(), "quotas[0].maxPercent"), "quotas[0].ofAward")))
                .containsExactly(new FieldError("quotas[0]", "a quota needs maxCount or maxPercent"));
    }

    @Test
    void reportsMaxPercentWithoutOfAward() {
        assertThat(errors(without(valid(), "quotas[0].ofAward"))).containsExactly(new FieldError("quotas[0].ofAward",
                "required field is missing: maxPercent counts the holders of another award"));
    }

    @Test
    void reportsMemberSummaryCountLargerThanMemberCount() {
        String json = with(without(valid(), "collectives[0].members"), "collectives[0].memberSummary",
                "{ \"count\": 2, \"advancedWorkers\": 3, \"femaleCount\": 1 }");

        assertThat(errors(json)).containsExactly(new FieldError("collectives[0].memberSummary.advancedWorkers",
                "number 3 is larger than the member count 2"));
    }

    @Test
    void reportsInputThatIsNotJson() {
        List<FieldError> errors = errors("schemaVersion: 1\nperiod:\n  year: 2025\n");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEmpty();
            assertThat(error.message()).startsWith("not valid JSON: ").contains("(line 1, column ");
        });
        assertThat(errors("{ \"schemaVersion\": 1,\n  \"period\": { \"year\": 2025 ")).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("not valid JSON: ").contains("line 2"));
    }

    @Test
    void reportsContentAfterTheDocument() {
        assertThat(errors(valid() + "{}")).singleElement().satisfies(error -> {
            assertThat(error.path()).isEmpty();
            assertThat(error.message()).startsWith("not valid JSON: unexpected content after the end of the document (line ");
        });
    }

    @Test
    void reportsTextThatIsNotUtf8() {
        byte[] latin1 = "{ \"schemaVersion\": 1, \"period\": { \"year\": 2025 }, \"units\": [ { \"code\": \"A\", \"name\": \"Thôn Đông\" } ] }"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message())
                                .startsWith("the input is not valid UTF-8: byte 0x6E at offset 88")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  \n\t " })
    void reportsEmptyInput(String input) {
        assertThat(errors(input)).containsExactly(new FieldError("", "the input is empty; expected a JSON object"));
    }

    @Test
    void reportsJsonArrayInsteadOfObject() {
        assertThat(errors("[" + valid() + "]")).containsExactly(new FieldError("", "expected an object, found a list"));
        assertThat(errors("null")).containsExactly(new FieldError("", "expected an object, found null"));
    }

    @Test
    void reportsUnreadableInput() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the disk went away");
            }
        };

        assertThatThrownBy(() -> reader.read(broken)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("", "the input cannot be read: the disk went away")));
    }

    @Test
    void reportsTextLongerThanTheLimit() {
        String name = "Nguyễn ".repeat(30).substring(0, Requests.MAX_TEXT_LENGTH + 1);

        assertThat(errors(with(valid(), "individuals[0].fullName", quoted(name)))).containsExactly(new FieldError(
                "individuals[0].fullName", "text of 201 characters is longer than the limit of 200"));
    }

    @Test
    void reportsTextFarLongerThanTheLimitWhileReading() {
        String json = with(valid(), "households[0].contributions[0].description", quoted("đ".repeat(100_000)));

        assertThat(errors(json)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("households[0].contributions[0].description");
            assertThat(error.message()).startsWith("text is longer than the limit of 200 characters (line ");
        });
    }

    @Test
    void reportsNumberWithTooManyDigitsWhileReading() {
        String json = with(valid(), "individuals[0].birthYear", "1".repeat(100));

        assertThat(errors(json)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("individuals[0].birthYear");
            assertThat(error.message()).startsWith("number of more than 40 digits is out of range");
        });
    }

    @Test
    void rejectsRequestOverTheByteLimit() {
        RequestReader small = new RequestReader(1_000, Requests.MAX_TEXT_LENGTH, Requests.CLOCK);

        assertThatThrownBy(() -> small.read(stream(valid()))).isInstanceOfSatisfying(RequestTooLargeException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("",
                        "the request is larger than the limit of 1000 bytes (thidua.import.max-bytes)")));
    }

    @Test
    void stopsReadingEndlessInputAtTheByteLimit() {
        EndlessInput fourGigabytes = new EndlessInput("{ \"schemaVersion\": 1, \"units\": [", 4L << 30);

        assertThatThrownBy(() -> reader.read(fourGigabytes)).isInstanceOf(RequestTooLargeException.class);
        assertThat(fourGigabytes.served()).isGreaterThan(Requests.MAX_BYTES).isLessThan(Requests.MAX_BYTES + 65_536);
    }

    @Test
    void readsNestingOf32Levels() {
        // Levels 1-5 are the request, individuals, the individual, titles and the title.
        String json = with(valid(), "individuals[0].titles[0].basis", nested(27));

        assertThat(errors(json)).containsExactly(new FieldError("individuals[0].titles[0].basis[0]", "expected text, found a list"));
    }

    @Test
    void reportsNestingDeeperThan32LevelsWithoutOverflowingTheStack() {
        String json = with(valid(), "individuals[0].titles[0].basis", nested(28));
        String endless = "{ \"schemaVersion\": 1, \"individuals\": " + "[".repeat(1_000_000);

        assertThat(errors(json)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("individuals[0].titles[0].basis" + "[0]".repeat(27));
            assertThat(error.message()).startsWith("the document is nested deeper than 32 levels (line ");
        });
        assertThatNoException().isThrownBy(() -> errors(endless));
        assertThat(errors(endless)).extracting(FieldError::message)
                .singleElement().asString().startsWith("the document is nested deeper than 32 levels");
    }

    @Test
    void reportsDuplicateKeysInOneObject() {
        String nested = valid().replaceFirst("\"fullName\": ", "\"fullName\": \"Nguyễn Văn A\", \"fullName\": ");
        String top = valid().replaceFirst("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,");

        assertThat(errors(nested)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("individuals[0].fullName");
            assertThat(error.message()).startsWith("the field appears twice in the same object (line ");
        });
        assertThat(errors(top)).extracting(FieldError::path).containsExactly("schemaVersion");
    }

    @Test
    void reportsEveryProblemAtOnceInStableOrder() {
        String json = with(valid(), "period.year", "\"2025\"");
        json = without(json, "individuals[0].fullName");
        json = with(json, "individuals[1].ratings[0].level", "\"GOOD\"");
        json = with(json, "collectives[0].members[1]", "\"CN-9999\"");
        json = with(json, "quotas[0].unit", "\"XA-KHAC\"");

        List<FieldError> errors = errors(json);

        assertThat(errors).extracting(FieldError::path).containsExactly("period.year", "individuals[0].fullName",
                "individuals[1].ratings[0].level", "collectives[0].members[1]", "quotas[0].unit");
        assertThat(errors(json)).isEqualTo(errors);
        assertThatThrownBy(() -> read(valid().replace("\"HTTNV\"", "\"GOOD\"")))
                .hasMessage("The request is invalid: 2 problems, first individuals[0].ratings[1].level: unknown value "
                        + "\"GOOD\"; expected one of HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED");
    }

    private EvaluationRequest read(String json) {
        return reader.read(stream(json));
    }

    private List<FieldError> errors(String json) {
        try {
            reader.read(stream(json));
        } catch (ValidationException e) {
            return e.errors();
        }
        return fail("the request was accepted: " + json);
    }

    private static String quoted(String text) {
        return Requests.text(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text));
    }

    private static String nested(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    /** An input that would go on for {@code length} bytes of spaces after its head. */
    private static final class EndlessInput extends InputStream {

        private final byte[] head;
        private final long length;
        private long served;

        EndlessInput(String head, long length) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            return served < head.length ? head[(int) served++] : space();
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }

        private int space() {
            served++;
            return ' ';
        }
    }
}

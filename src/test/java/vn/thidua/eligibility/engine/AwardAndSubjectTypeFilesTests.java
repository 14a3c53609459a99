package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.eligibility.engine.RuleFolders.lineOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.bench.ReferenceDecision;
import vn.thidua.bench.ReferenceEvaluator;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SubjectType;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.testing.ShippedRules;

/**
 * {@code awards.yaml} and {@code subject-types.yaml}: the loader refuses them wrong or missing,
 * every problem at once with file and line; the engine and the reference evaluator read the
 * workers-and-farmers branch from them; they are part of the version; and a version stored before
 * they existed still loads with the choices the engine then made in Java.
 */
class AwardAndSubjectTypeFilesTests {

    private static final Path REAL_RULES = Path.of("rules");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC);

    private static RuleSet shipped;

    private final RuleSetLoader loader = new RuleSetLoader(CLOCK);

    /** The real rules folder, compiled once for the tests that only read it. */
    private synchronized RuleSet shipped() {
        if (shipped == null) {
            shipped = loader.load(REAL_RULES);
        }
        return shipped;
    }

    @TempDir
    Path dir;

    @Test
    void refusesAFolderWithoutEitherFile() throws IOException {
        RuleFolders.valid(dir);
        Files.delete(dir.resolve("awards.yaml"));
        Files.delete(dir.resolve("subject-types.yaml"));

        assertThat(problems(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("awards.yaml");
            assertThat(problem.message()).startsWith("missing: every award needs its names");
        }).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("subject-types.yaml");
            assertThat(problem.message()).startsWith("missing: it names the occupations of the workers-and-farmers branch");
        });
    }

    @Test
    void reportsEveryProblemOfTheAwardsFileAtOnceWithItsLine() {
        RuleFolders.valid(dir);
        String awards = RuleFolders.real("awards.yaml")
                .replace("name: { vi: \"Lao động tiên tiến\", en: \"Advanced Worker\" }", "name: { vi: \"Lao động tiên tiến\" }")
                .replace("    citation: \"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22\"\n", "")
                .replace("      count: emulationFighters", "      count: fighters")
                .replace("    evaluatedOnlyWhenProposed:\n      citation:", "    evaluatedOnlyWhenProposed:\n      reason:")
                .replace("  GIA_DINH_VAN_HOA:", "  LAO_DONG_GIOI:\n    name: { vi: \"Lao động giỏi\", en: \"Good Worker\" }\n"
                        + "    citation: \"Điều lệ Công đoàn\"\n\n  GIA_DINH_VAN_HOA:");
        RuleFolders.write(dir, "awards.yaml", awards);

        List<RuleProblem> problems = problems(dir);

        assertThat(problems).contains(
                new RuleProblem("awards.yaml", lineOf(awards, "name: { vi: \"Lao động tiên tiến\" }"), "LAO_DONG_TIEN_TIEN: needs "
                        + "name: { vi: ..., en: ... }, its name in Vietnamese and in English"),
                new RuleProblem("awards.yaml", lineOf(awards, "  CHIEN_SI_THI_DUA_CAP_TINH:"),
                        "CHIEN_SI_THI_DUA_CAP_TINH: needs citation, the award's legal basis"),
                new RuleProblem("awards.yaml", lineOf(awards, "count: fighters"), "CHIEN_SI_THI_DUA_CO_SO.countedFromMembers: count "
                        + "must be one of [advancedWorkers, emulationFighters] (the member counts of the facts vocabulary), not fighters"),
                new RuleProblem("awards.yaml", lineOf(awards, "reason:"), "GIAY_KHEN_CHU_TICH_UBND_HUYEN.evaluatedOnlyWhenProposed: "
                        + "unknown field reason; expected one of [citation, href]"),
                new RuleProblem("awards.yaml", lineOf(awards, "    evaluatedOnlyWhenProposed:"),
                        "GIAY_KHEN_CHU_TICH_UBND_HUYEN.evaluatedOnlyWhenProposed: needs citation, the legal text that makes this choice"),
                new RuleProblem("awards.yaml", lineOf(awards, "  LAO_DONG_GIOI:"), "unknown award code LAO_DONG_GIOI; the request "
                        + "format's codes are " + List.of(AwardCode.values())),
                new RuleProblem("awards.yaml", lineOf(awards, "awards:"), "no award has countedFromMembers: { count: emulationFighters }: "
                        + "the collectives' criteria over emulationFighters would find no member holding it"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    @Test
    void refusesAnAwardOfTheRequestFormatLeftOut() {
        RuleFolders.valid(dir);
        String awards = RuleFolders.real("awards.yaml");
        awards = awards.substring(0, awards.indexOf("  GIA_DINH_VAN_HOA:"));
        RuleFolders.write(dir, "awards.yaml", awards);

        assertThat(problems(dir)).contains(new RuleProblem("awards.yaml", lineOf(awards, "awards:"),
                "no entry for [GIA_DINH_VAN_HOA]: every award code of the request format needs its names and legal basis"));
    }

    @Test
    void refusesAMemberCountTakenFromTwoAwardsAndAKeyGivenTwice() {
        RuleFolders.valid(dir);
        String twice = RuleFolders.real("awards.yaml").replace("    citation: \"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22\"\n",
                "    citation: \"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22\"\n    countedFromMembers: { count: emulationFighters, "
                        + "citation: \"Điều 27\" }\n");
        RuleFolders.write(dir, "awards.yaml", twice);

        assertThat(problems(dir)).contains(new RuleProblem("awards.yaml", lineOf(twice, "countedFromMembers: { count: emulationFighters"),
                "the member count emulationFighters is counted from [CHIEN_SI_THI_DUA_CO_SO, CHIEN_SI_THI_DUA_CAP_TINH]: it must come "
                        + "from exactly one award"));

        String duplicate = RuleFolders.real("awards.yaml").replace("  GIA_DINH_VAN_HOA:", "  CO_THI_DUA_CAP_TINH:\n"
                + "    name: { vi: \"Cờ\", en: \"Flag\" }\n    citation: \"Điều 26\"\n\n  GIA_DINH_VAN_HOA:");
        RuleFolders.write(dir, "awards.yaml", duplicate);

        assertThat(problems(dir)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("awards.yaml");
            assertThat(problem.line()).isEqualTo(lineOf(duplicate, "  GIA_DINH_VAN_HOA:") - 4);
            assertThat(problem.message()).startsWith("not valid YAML:").contains("CO_THI_DUA_CAP_TINH");
        });
    }

    @Test
    void refusesAnUnknownOccupationAndABranchWithoutCitation() {
        RuleFolders.valid(dir);
        String types = RuleFolders.real("subject-types.yaml")
                .replace("occupations: [WORKER, FARMER, ENTREPRENEUR]",
                        "occupations:\n    - WORKER\n    - FISHERMAN\n    - FARMER\n    - WORKER")
                .replaceAll("(?m)^  citation: .*\n", "");
        RuleFolders.write(dir, "subject-types.yaml", types);

        assertThat(problems(dir)).contains(
                new RuleProblem("subject-types.yaml", lineOf(types, "- FISHERMAN"), "workersAndFarmersBranch: unknown occupation "
                        + "FISHERMAN; the request format's occupations are " + List.of(Occupation.values())),
                new RuleProblem("subject-types.yaml", lineOf(types, "- FARMER") + 1, "workersAndFarmersBranch: occupation WORKER "
                        + "is listed twice"),
                new RuleProblem("subject-types.yaml", lineOf(types, "workersAndFarmersBranch:"), "workersAndFarmersBranch: "
                        + "needs citation, the legal text that puts these occupations in the branch"));
    }

    @Test
    void refusesAnOccupationBothReadAsTheBranchAndNeverReadAsOne() {
        RuleFolders.valid(dir);
        String types = RuleFolders.real("subject-types.yaml")
                .replace("notInferred: [RELIGIOUS_DIGNITARY, STUDENT]", "notInferred:\n  - FARMER\n  - PRIEST\n  - STUDENT\n  - STUDENT");
        RuleFolders.write(dir, "subject-types.yaml", types);

        assertThat(problems(dir)).contains(
                new RuleProblem("subject-types.yaml", lineOf(types, "  - FARMER"), "notInferred: occupation FARMER is also listed "
                        + "in workersAndFarmersBranch; an occupation is either read as that branch or never read as a branch"),
                new RuleProblem("subject-types.yaml", lineOf(types, "- PRIEST"), "notInferred: unknown occupation PRIEST; the "
                        + "request format's occupations are " + List.of(Occupation.values())),
                new RuleProblem("subject-types.yaml", lineOf(types, "- STUDENT") + 1, "notInferred: occupation STUDENT is listed twice"));
    }

    @Test
    void theRealFilesGiveTheChoicesTheEngineMadeInJava() {
        RuleSet ruleSet = shipped();

        assertThat(ruleSet.subjectTypes().workersAndFarmers()).containsExactlyInAnyOrder(Occupation.WORKER, Occupation.FARMER,
                Occupation.ENTREPRENEUR);
        // docs/request-and-result.md §6.1.5: pupils, students and religious dignitaries are never inferred.
        assertThat(ruleSet.subjectTypes().notInferred()).containsExactlyInAnyOrder(Occupation.RELIGIOUS_DIGNITARY,
                Occupation.STUDENT);
        assertThat(ruleSet.subjectTypes().citation().title()).contains("Điều 24");
        assertThat(ruleSet.awards().countedFromMembers()).containsExactly(AwardCode.LAO_DONG_TIEN_TIEN,
                AwardCode.CHIEN_SI_THI_DUA_CO_SO);
        assertThat(ruleSet.awards().countedAs(AwardTable.ADVANCED_WORKERS)).isEqualTo(AwardCode.LAO_DONG_TIEN_TIEN);
        assertThat(ruleSet.awards().countedAs(AwardTable.EMULATION_FIGHTERS)).isEqualTo(AwardCode.CHIEN_SI_THI_DUA_CO_SO);
        assertThat(List.of(AwardCode.values())).filteredOn(ruleSet.awards()::evaluatedOnlyWhenProposed)
                .containsExactly(AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN);
        assertThat(List.of(AwardCode.values())).allSatisfy(award -> {
            assertThat(ruleSet.awards().name(award).vi()).isNotBlank();
            assertThat(ruleSet.awards().name(award).en()).isNotBlank();
            assertThat(ruleSet.awards().citation(award).title()).isNotBlank();
        });
        assertThat(ruleSet.files()).containsKeys("awards.yaml", "subject-types.yaml");
    }

    @Test
    void theEngineAndTheReferenceInferTheBranchFromTheFile() throws IOException {
        Path copy = copyOfRealRules();
        String types = Files.readString(copy.resolve("subject-types.yaml"));
        Files.writeString(copy.resolve("subject-types.yaml"), types.replace("notInferred: [RELIGIOUS_DIGNITARY, STUDENT]",
                "notInferred: [RELIGIOUS_DIGNITARY]").replace("occupations: [WORKER, FARMER, ENTREPRENEUR]",
                "occupations: [WORKER, FARMER, ENTREPRENEUR, STUDENT]"));
        RuleSet shipped = shipped();
        RuleSet edited = loader.load(copy);
        EvaluationRequest request = studentWithoutSubjectType();

        EligibilityDecision asShipped = new RuleEngine(16, 2000).evaluate(shipped, request).decisions().get(0);
        EligibilityDecision asEdited = new RuleEngine(16, 2000).evaluate(edited, request).decisions().get(0);

        // As shipped, a student without a subject type is in neither branch and the decision asks for it
        // (docs/request-and-result.md §6.1.5); a folder that lists students as workers infers them.
        assertThat(shipped.subjectTypes().inferredBranch(Occupation.STUDENT)).isNull();
        assertThat(edited.subjectTypes().inferredBranch(Occupation.STUDENT)).isEqualTo(SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC);
        assertThat(edited.version()).isNotEqualTo(shipped.version());
        assertThat(asShipped.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(asShipped.criteria()).extracting(c -> c.id()).contains("LDTT-T1")
                .doesNotContain("LDTT-A1", "LDTT-B1", "LDTT-B2");
        assertThat(asShipped.criteria()).filteredOn(c -> c.id().equals("LDTT-T1"))
                .allSatisfy(c -> assertThat(c.result()).isEqualTo(CriterionStatus.NOT_EVALUATED));
        assertThat(asShipped.missing()).anySatisfy(m -> assertThat(m.vi()).contains("công nhân, nông dân"));
        assertThat(asShipped.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("SUBJECT_TYPE_INFERRED"));
        assertThat(asEdited.criteria()).extracting(c -> c.id()).contains("LDTT-T1", "LDTT-B1", "LDTT-B2").doesNotContain("LDTT-A1");
        assertThat(asEdited.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("SUBJECT_TYPE_INFERRED");
            assertThat(w.en()).contains("pupil or student", "workers, farmers");
            assertThat(w.vi()).contains("học sinh, sinh viên").doesNotContain("STUDENT", "subjectType");
        });

        ReferenceDecision referenceShipped = new ReferenceEvaluator(shipped).evaluate(request).get(0);
        ReferenceDecision referenceEdited = new ReferenceEvaluator(edited).evaluate(request).get(0);
        assertThat(referenceShipped.criteria()).extracting(c -> c.id()).contains("LDTT-T1").doesNotContain("LDTT-A1", "LDTT-B1");
        assertThat(referenceEdited.criteria()).extracting(c -> c.id()).contains("LDTT-B1").doesNotContain("LDTT-A1");
    }

    @Test
    void aVersionStoredBeforeTheFilesExistedLoadsWithTheChoicesOfThen() throws IOException {
        Map<String, byte[]> stored = new TreeMap<>(shipped().files());
        stored.remove("awards.yaml");
        stored.remove("subject-types.yaml");

        RuleSet old = loader.load(stored, Instant.EPOCH);

        assertThat(old.files()).doesNotContainKeys("awards.yaml", "subject-types.yaml");
        assertThat(old.subjectTypes().inferredBranch(Occupation.FARMER)).isEqualTo(SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC);
        assertThat(old.subjectTypes().inferredBranch(Occupation.TEACHER)).isEqualTo(SubjectType.CBCCVC_NLD);
        assertThat(old.awards().countedFromMembers()).containsExactly(AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO);
        assertThat(old.awards().evaluatedOnlyWhenProposed(AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN)).isTrue();
        assertThat(old.awards().name(AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN).en()).isEqualTo("Advanced Collective");
        // Its version is still the hash of its own files, so the archive finds it unchanged.
        assertThat(loader.load(stored, Instant.EPOCH).version()).isEqualTo(old.version());
        assertThat(old.version()).isNotEqualTo(shipped().version());
        // The same files as a folder are refused: a new rule set needs both files.
        Path folder = copyOfRealRules();
        Files.delete(folder.resolve("awards.yaml"));
        assertThat(problems(folder)).anySatisfy(problem -> assertThat(problem.file()).isEqualTo("awards.yaml"));
    }

    @Test
    void bothFilesArePartOfTheVersion() throws IOException {
        Path copy = copyOfRealRules();
        String original = loader.load(copy).version();
        Path awards = copy.resolve("awards.yaml");
        Files.writeString(awards, Files.readString(awards).replace("en: \"Cultured Family\"", "en: \"Cultural Family\""));
        String renamed = loader.load(copy).version();
        Path types = copy.resolve("subject-types.yaml");
        Files.writeString(types, Files.readString(types) + "\n# a comment\n");

        assertThat(renamed).isNotEqualTo(original);
        assertThat(loader.load(copy).version()).isNotEqualTo(renamed);
    }

    private static EvaluationRequest studentWithoutSubjectType() {
        String json = """
                {"schemaVersion": 1,
                 "period": {"year": 2025, "cutoffDate": "2025-12-31", "decisionDate": "2026-01-20"},
                 "units": [{"code": "XA-DARSAL", "name": "UBND xã Đạ R'Sal", "level": "COMMUNE", "grassroots": true}],
                 "individuals": [{"id": "SV-01", "fullName": "Nguyễn Văn An", "unit": "XA-DARSAL", "gender": "MALE",
                   "occupation": "STUDENT", "recruitmentDate": "2019-03-01",
                   "ratings": [{"year": 2025, "level": "HTTNV", "scheme": "ND90_2020"}],
                   "attestations": [{"year": 2025, "kind": "PRODUCTIVE_LABOUR", "minutesRef": "BB-1"},
                                    {"year": 2025, "kind": "EXEMPLARY_LAW_ABIDING", "minutesRef": "BB-1"},
                                    {"year": 2025, "kind": "SOLIDARITY_AND_EMULATION", "minutesRef": "BB-1"}],
                   "proposedAwards": ["LAO_DONG_TIEN_TIEN"]}]}
                """;
        return new RequestReader(1 << 20, 10_000, CLOCK).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private Path copyOfRealRules() throws IOException {
        return ShippedRules.copyTo(Files.createTempDirectory(dir, "rules"));
    }

    private List<RuleProblem> problems(Path rules) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> loader.load(rules));
        assertThat(e).as("the rule set should have been refused").isNotNull();
        return e.problems();
    }
}

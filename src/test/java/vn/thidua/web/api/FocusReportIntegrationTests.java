package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.JsonNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordSeals;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.report.FocusGroup;
import vn.thidua.report.FocusReport;
import vn.thidua.report.FocusReports;
import vn.thidua.report.ReportDocuments;
import vn.thidua.report.ReportPdf;
import vn.thidua.report.ReportQuery;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.GeneratedDistrict;
import vn.thidua.testing.PdfText;
import vn.thidua.testing.RegisterRows;
import vn.thidua.testing.SecondReader;

/**
 * The report by focus group on a generated district over three years (2031–2033): the first two with
 * awards in the register (most of the proposed candidates, one revoked, Bằng khen of the province
 * imported for an individual, a collective and a household, and one award to a subject no run
 * describes), the third with none, so counted from the run's proposed candidates and saying so. Every
 * count per year and group is compared with one this test makes from the stored rows with SQL and from
 * the requests with its own reading of the groups, not the report's code; then the same through the REST
 * API, the Excel report read back by POI and by the second reader, the PDF by pdftotext, and Biểu 0603.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FocusReportIntegrationTests {

    private static final String PREFIX = "R18";
    private static final int FIRST = 2031;
    private static final Account ADMIN = new Account("report-admin", "report-admin", true, Set.of(Role.ADMIN), Set.of(), null);

    @LocalServerPort
    private int port;

    @Autowired
    private EvaluationRuns runs;

    @Autowired
    private FocusReports reports;

    @Autowired
    private ReportDocuments documents;

    @Autowired
    private ReportPdf pdf;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordSeals seals;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private List<GeneratedDistrict.Year> district;
    private final Map<Integer, Map<String, Set<String>>> groups = new HashMap<>();
    private final Map<Integer, Map<String, String>> units = new HashMap<>();

    @BeforeAll
    void storeTheDistrictAndItsRegister() {
        district = GeneratedDistrict.store(runs, PREFIX + "-", 150, FIRST, 3);
        RegisterRows register = new RegisterRows(jdbc, seals, transactionManager);
        for (GeneratedDistrict.Year year : district) {
            groups.put(year.year(), Groups.of(year.request()));
            units.put(year.year(), Groups.units(year.request()));
        }
        for (GeneratedDistrict.Year year : district.subList(0, 2)) {
            List<Map<String, Object>> proposed = jdbc.queryForList("SELECT r.subject_id, r.award, d.subject_kind FROM run_result_row r"
                    + " JOIN evaluation_decision d ON d.run_id = r.run_id AND d.seq = r.seq WHERE r.run_id = ?"
                    + " AND r.outcome = 'ELIGIBLE' AND (r.selected IS NULL OR r.selected = TRUE) ORDER BY r.seq", year.runId());
            assertThat(proposed).as("proposed candidates of " + year.year()).hasSizeGreaterThan(50);
            long revoked = 0;
            for (int i = 0; i < proposed.size(); i++) {
                // The council turned one proposal in seven down: not in the register.
                if (i % 7 == 3) {
                    continue;
                }
                Map<String, Object> p = proposed.get(i);
                String subject = (String) p.get("subject_id");
                long id = register.entry(subject, (String) p.get("subject_kind"), units.get(year.year()).get(subject),
                        (String) p.get("award"), year.year(), "QĐ-" + year.year() + "-" + i, "DECISION");
                if (revoked == 0 && i > 10) {
                    revoked = id;
                }
            }
            register.revoke(revoked, "QĐ-THU-HOI-" + year.year());
            for (String subject : List.of(PREFIX + "-CN-0000003", PREFIX + "-TT-00002", PREFIX + "-HO-0000004")) {
                String kind = subject.contains("-CN-") ? "INDIVIDUAL" : subject.contains("-TT-") ? "COLLECTIVE" : "HOUSEHOLD";
                register.entry(subject, kind, units.get(year.year()).get(subject), "BANG_KHEN_CHU_TICH_UBND_TINH", year.year(),
                        "QĐ-BK-" + year.year(), "IMPORTED");
            }
            register.entry(PREFIX + "-CN-9999999", "INDIVIDUAL", PREFIX + "-XA-DA-RSAL", "LAO_DONG_TIEN_TIEN", year.year(),
                    "QĐ-CU-" + year.year(), "IMPORTED");
        }
    }

    @Test
    void countsEveryGroupOfEveryYearAsTheStoredRowsDo() {
        FocusReport report = reports.report(ReportQuery.of(FIRST, FIRST + 2, null), ADMIN);
        assertThat(report.years()).extracting(FocusReport.Year::source).containsExactly(FocusReport.Source.REGISTER,
                FocusReport.Source.REGISTER, FocusReport.Source.DECISIONS);
        for (FocusReport.Year year : report.years()) {
            Independent expected = independent(year.year(), null);
            assertThat(year.figures().awarded()).as("awards of " + year.year()).isEqualTo(expected.awarded);
            assertThat(year.figures().unknown()).as("awards of unknown subjects in " + year.year()).isEqualTo(year.year() < FIRST + 2 ? 1 : 0);
            assertThat(year.figures().eligible()).as("eligible of " + year.year()).isEqualTo(expected.eligible);
            for (FocusReport.GroupFigures g : year.figures().groups()) {
                assertThat(g.awarded()).as(year.year() + " " + g.group() + " awarded").isEqualTo(expected.awardedBy.get(g.group()));
                assertThat(g.eligible()).as(year.year() + " " + g.group() + " eligible").isEqualTo(expected.eligibleBy.get(g.group()));
            }
        }
        assertThat(report.years().get(2).figures().groups()).as("pupils and dignitaries are counted")
                .filteredOn(g -> g.group() == FocusGroup.STUDENT || g.group() == FocusGroup.RELIGIOUS_DIGNITARY)
                .allMatch(g -> g.eligible() > 0);
        long awards = report.years().stream().mapToLong(y -> y.figures().awarded()).sum();
        assertThat(report.total().awarded()).isEqualTo(awards);
        assertThat(report.byUnit()).extracting(FocusReport.UnitRow::unit).containsExactly(PREFIX + "-XA-DA-RSAL", PREFIX + "-XA-RO-MEN");
        assertThat(report.byUnit().stream().mapToLong(u -> u.figures().awarded()).sum()).isEqualTo(awards);
        assertThat(report.byAward().stream().mapToLong(a -> a.figures().awarded()).sum()).isEqualTo(awards);
        FocusReport.GroupFigures women = report.years().get(1).figures().groups().get(FocusGroup.FEMALE.ordinal());
        FocusReport.GroupFigures womenBefore = report.years().get(0).figures().groups().get(FocusGroup.FEMALE.ordinal());
        assertThat(women.change()).isEqualByComparingTo(women.awardedShare().subtract(womenBefore.awardedShare()));
        assertThat(women.target()).as("no target ships in rules/report/targets.yaml").isNull();
    }

    @Test
    void countsOneCommuneWithTheUnitsBelowIt() {
        String commune = PREFIX + "-XA-RO-MEN";
        FocusReport report = reports.report(ReportQuery.of(FIRST, FIRST + 2, commune), ADMIN);
        assertThat(report.unitName()).isEqualTo("UBND xã Rô Men");
        for (FocusReport.Year year : report.years()) {
            Independent expected = independent(year.year(), commune);
            assertThat(year.figures().awarded()).as("awards of " + year.year()).isEqualTo(expected.awarded);
            assertThat(year.figures().eligible()).as("eligible of " + year.year()).isEqualTo(expected.eligible);
            for (FocusReport.GroupFigures g : year.figures().groups()) {
                assertThat(g.awarded()).as(year.year() + " " + g.group()).isEqualTo(expected.awardedBy.get(g.group()));
            }
        }
        assertThat(report.byUnit()).extracting(FocusReport.UnitRow::unit).contains(commune).allMatch(u -> u.startsWith(PREFIX + "-"))
                .doesNotContain(PREFIX + "-XA-DA-RSAL");
    }

    @Test
    void answersTheSameThroughTheApi() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer answer = api.get("/api/reports/focus-groups?from=" + FIRST + "&to=" + (FIRST + 2));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode years = answer.json().path("years");
        assertThat(years).hasSize(3);
        for (JsonNode year : years) {
            Independent expected = independent(year.path("year").asInt(), null);
            assertThat(year.path("figures").path("awarded").asLong()).isEqualTo(expected.awarded);
            for (JsonNode g : year.path("figures").path("groups")) {
                FocusGroup group = FocusGroup.valueOf(g.path("group").asString());
                assertThat(g.path("awarded").asLong()).as(year.path("year") + " " + group).isEqualTo(expected.awardedBy.get(group));
            }
        }
        assertThat(years.get(2).path("source").asString()).isEqualTo("DECISIONS");
        assertThat(answer.json().path("forms").get(0).path("rows").get(0).path("code").asString()).isEqualTo("01");
    }

    @Test
    void refusesBadInputNamingTheFieldInBothLanguages() {
        ApiClient api = new ApiClient(port);
        assertProblem(api.get("/api/reports/focus-groups?from=2033&to=2031"), "to", "trước năm bắt đầu", "before the first year");
        assertProblem(api.get("/api/reports/focus-groups?from=2020&to=2031"), "to", "quá 10 năm", "more than 10");
        assertProblem(api.get("/api/reports/focus-groups?from=2031&to=2033&unit=NO-SUCH-UNIT"), "unit", "Không có đơn vị mã NO-SUCH-UNIT",
                "no unit NO-SUCH-UNIT");
        assertProblem(api.get("/api/reports/focus-groups?from=2191&to=2193"), "from", "Không có dữ liệu", "no award data");
        assertProblem(api.get("/api/reports/focus-groups?from=last-year"), "from", "không phải một năm", "is not a year");
        assertProblem(api.get("/api/reports/focus-groups"), "from", "Cần năm bắt đầu", "first year is missing");
        Account secretariat = new Account("report-clerk", "report-clerk", true, Set.of(Role.SECRETARIAT), Set.of(PREFIX + "-XA-DA-RSAL"), null);
        assertThat(reports.report(ReportQuery.of(FIRST, FIRST, null), secretariat).byUnit()).extracting(FocusReport.UnitRow::unit)
                .allMatch(u -> u.startsWith(PREFIX + "-DV-") || u.equals(PREFIX + "-XA-DA-RSAL"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.report(ReportQuery.of(FIRST, FIRST, PREFIX + "-XA-RO-MEN"),
                secretariat)).hasMessageContaining("unit").hasMessageContaining("none of your units");
    }

    private static void assertProblem(ApiClient.Answer answer, String field, String vi, String en) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("path").asString()).as(answer.body()).isEqualTo(field);
        assertThat(error.path("message").asString()).as(answer.body()).contains(vi).contains(en);
    }

    @Test
    void theWorkbookThePdfAndBieu0603CarryTheCounts() throws IOException {
        FocusReport report = reports.report(ReportQuery.of(FIRST, FIRST + 2, null), ADMIN);
        byte[] xlsx = documents.workbook(report, Locale.forLanguageTag("vi"));
        assertThat(SecondReader.assertAgreesWithPoi(xlsx)).isGreaterThan(200);
        Map<String, List<List<String>>> sheets = SecondReader.sheets(xlsx);
        assertThat(sheets.keySet()).containsExactly("Theo năm", "Theo đơn vị", "Theo khen thưởng", "Nguồn số liệu");
        for (int year = FIRST; year <= FIRST + 2; year++) {
            Independent expected = independent(year, null);
            String y = Integer.toString(year);
            for (FocusGroup group : FocusGroup.values()) {
                String name = Groups.VI.get(group);
                List<String> row = sheets.get("Theo năm").stream().filter(r -> r.size() > 2 && r.get(0).equals(y) && r.get(1).equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError(y + " " + name));
                assertThat(row.get(2)).as(y + " " + name).isEqualTo(Long.toString(expected.awardedBy.get(group)));
                assertThat(row.get(4)).as(y + " " + name).isEqualTo(Long.toString(expected.eligibleBy.get(group)));
            }
        }
        assertThat(sheets.get("Nguồn số liệu")).filteredOn(r -> r.get(0).equals("2033")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).startsWith("Năm 2033: sổ khen thưởng chưa có khen thưởng nào"));

        String text = PdfText.of(pdf.write(report, Locale.forLanguageTag("vi")));
        assertThat(text).contains("BÁO CÁO KHEN THƯỞNG THEO NHÓM ĐỐI TƯỢNG").contains("Từ năm 2031 đến năm 2033 (3 năm)")
                .contains("Chức sắc tôn giáo").contains("Học sinh, sinh viên");
        assertThat(PdfText.squeezed(text)).contains(PdfText.squeezed("Năm 2033: sổ khen thưởng chưa có khen thưởng nào của năm này"));
        Independent last = independent(FIRST + 2, null);
        for (FocusGroup group : FocusGroup.values()) {
            // The years' table: "2033 <group> <awarded> <share> ...", a long group name wrapped in its cell.
            String name = String.join("\\s+", java.util.Arrays.stream(Groups.VI.get(group).split(" ")).map(java.util.regex.Pattern::quote)
                    .toList());
            assertThat(text).as(Groups.VI.get(group)).containsPattern("2033\\s+" + name + "\\s+" + last.awardedBy.get(group) + "\\s");
        }

        byte[] bieu = documents.bieu0603(report);
        SecondReader.assertAgreesWithPoi(bieu);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bieu))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            for (int year = FIRST; year <= FIRST + 2; year++) {
                Sheet sheet = workbook.getSheet("Năm " + year);
                Map<String, Row> rows = new LinkedHashMap<>();
                for (Row row : sheet) {
                    if (row.getCell(1) != null && row.getCell(1).getStringCellValue().matches("\\d\\d")) {
                        rows.put(row.getCell(1).getStringCellValue(), row);
                    }
                }
                Map<String, Long> byKind = formCounts(year, "'BANG_KHEN_CHU_TICH_UBND_TINH'");
                assertThat((long) rows.get("02").getCell(4).getNumericCellValue()).as(year + " collectives").isEqualTo(byKind.get("COLLECTIVE"));
                assertThat((long) rows.get("04").getCell(4).getNumericCellValue()).as(year + " households").isEqualTo(byKind.get("HOUSEHOLD"));
                assertThat((long) rows.get("05").getCell(4).getNumericCellValue()).as(year + " individuals").isEqualTo(byKind.get("INDIVIDUAL"));
                long all = formCounts(year, "'BANG_KHEN_CHU_TICH_UBND_TINH', 'CHIEN_SI_THI_DUA_CAP_TINH', 'CO_THI_DUA_CAP_TINH'")
                        .values().stream().mapToLong(Long::longValue).sum();
                assertThat((long) rows.get("01").getCell(5).getNumericCellValue()).as("provincial emulation fighters")
                        .isEqualTo(formCounts(year, "'CHIEN_SI_THI_DUA_CAP_TINH'").values().stream().mapToLong(Long::longValue).sum());
                assertThat((long) rows.get("01").getCell(6).getNumericCellValue()).as("emulation flags")
                        .isEqualTo(formCounts(year, "'CO_THI_DUA_CAP_TINH'").get("COLLECTIVE"));
                assertThat((long) rows.get("01").getCell(3).getNumericCellValue()).isEqualTo(all);
                assertThat((long) rows.get("11").getCell(3).getNumericCellValue()).isEqualTo(all);
                assertThat(rows.get("03").getCell(3)).as("enterprises are not recorded").isNull();
            }
            assertThat(workbook.getSheet("Năm 2031").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
        }
    }

    /** Awards of the codes listed per kind of subject in a year, from the register or, without it, the proposed rows. */
    private Map<String, Long> formCounts(int year, String awards) {
        Map<String, Long> counts = new HashMap<>(Map.of("COLLECTIVE", 0L, "HOUSEHOLD", 0L, "INDIVIDUAL", 0L));
        String sql = year < FIRST + 2
                ? "SELECT e.subject_kind FROM register_entry e WHERE e.award_year = ? AND e.subject_id LIKE 'R18-%'"
                        + " AND e.award IN (" + awards + ") AND NOT EXISTS (SELECT 1 FROM register_revocation v WHERE v.entry_id = e.id)"
                : "SELECT d.subject_kind FROM run_result_row r JOIN evaluation_run x ON x.id = r.run_id JOIN evaluation_decision d"
                        + " ON d.run_id = r.run_id AND d.seq = r.seq WHERE x.period_year = ? AND r.subject_id LIKE 'R18-%'"
                        + " AND r.award IN (" + awards + ") AND r.outcome = 'ELIGIBLE' AND (r.selected IS NULL OR r.selected = TRUE)";
        for (String kind : jdbc.queryForList(sql, String.class, year)) {
            counts.merge(kind, 1L, Long::sum);
        }
        return counts;
    }

    /** What the test counts itself: awards and eligible decisions of a year, per group, in a unit's subtree (null: all). */
    private static final class Independent {
        private long awarded;
        private long eligible;
        private final Map<FocusGroup, Long> awardedBy = new EnumMap<>(FocusGroup.class);
        private final Map<FocusGroup, Long> eligibleBy = new EnumMap<>(FocusGroup.class);

        Independent() {
            for (FocusGroup g : FocusGroup.values()) {
                awardedBy.put(g, 0L);
                eligibleBy.put(g, 0L);
            }
        }
    }

    private Independent independent(int year, String unit) {
        Map<String, Set<String>> of = groups.get(year);
        Map<String, String> unitOf = units.get(year);
        Map<String, String> parents = Groups.parents(district.get(year - FIRST).request());
        Independent count = new Independent();
        List<Map<String, Object>> eligible = jdbc.queryForList("SELECT r.subject_id, r.selected FROM run_result_row r JOIN evaluation_run x"
                + " ON x.id = r.run_id WHERE x.period_year = ? AND r.outcome = 'ELIGIBLE' AND r.subject_id LIKE 'R18-%'", year);
        List<String> awarded = new ArrayList<>();
        if (year < FIRST + 2) {
            for (Map<String, Object> e : jdbc.queryForList("SELECT e.subject_id, e.unit_code FROM register_entry e WHERE e.award_year = ?"
                    + " AND e.subject_id LIKE 'R18-%' AND NOT EXISTS (SELECT 1 FROM register_revocation v WHERE v.entry_id = e.id)", year)) {
                if (within((String) e.get("unit_code"), unit, parents)) {
                    awarded.add((String) e.get("subject_id"));
                }
            }
        }
        for (Map<String, Object> e : eligible) {
            String subject = (String) e.get("subject_id");
            if (!within(unitOf.get(subject), unit, parents)) {
                continue;
            }
            count.eligible++;
            of.get(subject).forEach(g -> count.eligibleBy.merge(FocusGroup.valueOf(g), 1L, Long::sum));
            if (year == FIRST + 2 && !Boolean.FALSE.equals(e.get("selected"))) {
                awarded.add(subject);
            }
        }
        for (String subject : awarded) {
            count.awarded++;
            of.getOrDefault(subject, Set.of()).forEach(g -> count.awardedBy.merge(FocusGroup.valueOf(g), 1L, Long::sum));
        }
        return count;
    }

    private static boolean within(String code, String unit, Map<String, String> parents) {
        Set<String> seen = new HashSet<>();
        for (String u = code; u != null && seen.add(u); u = parents.get(u)) {
            if (unit == null || u.equals(unit)) {
                return true;
            }
        }
        return false;
    }

    /** The test's own reading of the focus groups from a request (docs/request-and-result.md §6.3.3 and the occupations). */
    private static final class Groups {

        static final Map<FocusGroup, String> VI = Map.of(FocusGroup.WORKER, "Công nhân", FocusGroup.FARMER, "Nông dân",
                FocusGroup.RELIGIOUS_DIGNITARY, "Chức sắc tôn giáo", FocusGroup.STUDENT, "Học sinh, sinh viên",
                FocusGroup.DIRECT_PRODUCER, "Trực tiếp lao động, sản xuất, kinh doanh", FocusGroup.GRASSROOTS,
                "Ở cơ sở, không giữ chức vụ lãnh đạo", FocusGroup.ETHNIC_MINORITY, "Người dân tộc thiểu số", FocusGroup.FEMALE, "Nữ",
                FocusGroup.DIFFICULT_AREA, "Biên giới, hải đảo, vùng đặc biệt khó khăn");

        static Map<String, String> parents(JsonNode request) {
            Map<String, String> parents = new HashMap<>();
            for (JsonNode u : request.path("units")) {
                parents.put(u.path("code").asString(), u.path("parent").isString() ? u.path("parent").asString() : null);
            }
            return parents;
        }

        static Map<String, String> units(JsonNode request) {
            Map<String, String> units = new HashMap<>();
            for (String list : List.of("individuals", "collectives", "households")) {
                for (JsonNode s : request.path(list)) {
                    units.put(s.path("id").asString(), s.path("unit").asString());
                }
            }
            return units;
        }

        static Map<String, Set<String>> of(JsonNode request) {
            Map<String, JsonNode> unitNodes = new HashMap<>();
            request.path("units").forEach(u -> unitNodes.put(u.path("code").asString(), u));
            Map<String, String> genders = new HashMap<>();
            Map<String, Set<String>> groups = new HashMap<>();
            for (JsonNode p : request.path("individuals")) {
                Set<String> g = new HashSet<>();
                String occupation = p.path("occupation").asString("");
                if (Set.of("WORKER", "FARMER", "RELIGIOUS_DIGNITARY", "STUDENT").contains(occupation)) {
                    g.add(occupation);
                }
                if (p.path("directProducer").asBoolean(false)) {
                    g.add("DIRECT_PRODUCER");
                }
                if (p.path("ethnicMinority").asBoolean(false)) {
                    g.add("ETHNIC_MINORITY");
                }
                if (unitNodes.get(p.path("unit").asString()).path("grassroots").asBoolean(false) && !p.path("leader").asBoolean(false)) {
                    g.add("GRASSROOTS");
                }
                if ("FEMALE".equals(p.path("gender").asString(""))) {
                    g.add("FEMALE");
                }
                if (difficult(p.path("unit").asString(), unitNodes)) {
                    g.add("DIFFICULT_AREA");
                }
                genders.put(p.path("id").asString(), p.path("gender").asString(""));
                groups.put(p.path("id").asString(), g);
            }
            for (JsonNode c : request.path("collectives")) {
                Set<String> g = new HashSet<>();
                if (unitNodes.get(c.path("unit").asString()).path("grassroots").asBoolean(false)) {
                    g.add("GRASSROOTS");
                }
                if (difficult(c.path("unit").asString(), unitNodes)) {
                    g.add("DIFFICULT_AREA");
                }
                long women = 0;
                for (JsonNode m : c.path("members")) {
                    women += "FEMALE".equals(genders.get(m.asString())) ? 1 : 0;
                }
                if (c.path("members").size() > 0 && women * 100 >= 70L * c.path("members").size()) {
                    g.add("FEMALE");
                }
                groups.put(c.path("id").asString(), g);
            }
            for (JsonNode h : request.path("households")) {
                Set<String> g = new HashSet<>();
                if (h.path("ethnicMinority").asBoolean(false)) {
                    g.add("ETHNIC_MINORITY");
                }
                if (difficult(h.path("unit").asString(), unitNodes)) {
                    g.add("DIFFICULT_AREA");
                }
                groups.put(h.path("id").asString(), g);
            }
            return groups;
        }

        private static boolean difficult(String unit, Map<String, JsonNode> units) {
            Set<String> seen = new HashSet<>();
            for (JsonNode u = units.get(unit); u != null && seen.add(u.path("code").asString()); u = units.get(u.path("parent").asString(""))) {
                if (u.path("areaDifficulty").isString()) {
                    return true;
                }
            }
            return false;
        }
    }
}

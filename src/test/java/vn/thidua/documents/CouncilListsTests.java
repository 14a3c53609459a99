package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;


import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Outcome;
import vn.thidua.testing.PdfText;

/** The council's list as PDF: Vietnamese text as printed, the proposed candidates only, groups and signatures. */
class CouncilListsTests {

    private final CouncilLists lists = new CouncilLists(EvaluatedCommunes.registry());

    @Test
    void printsTheProposedCandidatesOfTheSampleCommuneInVietnamese() throws IOException {
        EvaluatedCommunes.Evaluated sample = EvaluatedCommunes.of("data/sample-commune.json");
        ListOptions options = new ListOptions(null, "UBND xã Đạ R'sal", "Đạ R'sal", LocalDate.of(2026, 1, 15), "Nguyễn Thị Lan",
                null, Locale.forLanguageTag("vi"));

        byte[] pdf = lists.pdf(sample.request(), sample.evaluation(), options);
        String text = text(pdf);
        Path artefact = Path.of("target/artifacts/council-list.pdf");
        Files.createDirectories(artefact.getParent());
        Files.write(artefact, pdf);

        assertThat(text).contains(squeezed("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "II. CÁ NHÂN", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
                "CHỦ TỊCH HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "ngày 15 tháng 01 năm 2026", "Nguyễn Thị Lan"));
        String eligible = sample.request().individuals().stream()
                .filter(p -> sample.evaluation().decisions().stream().anyMatch(d -> d.subjectId().equals(p.id())
                        && d.award() == AwardCode.LAO_DONG_TIEN_TIEN && d.outcome() == Outcome.ELIGIBLE))
                .findFirst().orElseThrow().fullName();
        String refused = sample.request().individuals().stream()
                .filter(p -> sample.evaluation().decisions().stream().noneMatch(d -> d.subjectId().equals(p.id())
                        && d.outcome() == Outcome.ELIGIBLE))
                .findFirst().orElseThrow().fullName();
        assertThat(text).contains(squeezed(eligible)).doesNotContain(squeezed(refused));
    }

    @Test
    void underAQuotaListsOnlyThoseSelectedAndSaysSo() throws IOException {
        EvaluatedCommunes.Evaluated commune = EvaluatedCommunes.of("data/commune-300.json");
        ListOptions options = new ListOptions(AwardCode.CHIEN_SI_THI_DUA_CO_SO, "UBND huyện", null, null, null, null,
                Locale.forLanguageTag("en"));

        String text = text(lists.pdf(commune.request(), commune.evaluation(), options));
        long selected = Proposals.of(commune.request(), commune.evaluation(), AwardCode.CHIEN_SI_THI_DUA_CO_SO).size();

        assertThat(text).contains(squeezed("LIST OF PROPOSED CANDIDATES", "Grassroots Emulation Fighter", "within quota"));
        assertThat(selected).isPositive().isLessThan(commune.evaluation().decisions().stream()
                .filter(d -> d.award() == AwardCode.CHIEN_SI_THI_DUA_CO_SO && d.outcome() == Outcome.ELIGIBLE).count());
    }

    @Test
    void aListForOneCommuneOfAThreeCommuneRequestNamesThatCommuneAndItsPlaceWithTheDate() throws IOException {
        EvaluatedCommunes.Evaluated commune = EvaluatedCommunes.of("data/commune-300.json");
        ListHeader header = ListHeader.of(commune.request(), "XA-RO-MEN");
        ListOptions options = ListOptions.of(AwardCode.LAO_DONG_TIEN_TIEN, header, LocalDate.of(2026, 2, 5), Locale.forLanguageTag("vi"));

        byte[] pdf = lists.pdf(commune.request(), commune.evaluation(), options);
        String text = text(pdf);
        Files.createDirectories(Path.of("target/artifacts"));
        Files.write(Path.of("target/artifacts/council-list-ro-men.pdf"), pdf);

        assertThat(text).contains(squeezed("UBND XÃ RÔ MEN", "Rô Men, ngày 05 tháng 02 năm 2026"));
        String firstPage = firstLines(pdf);
        assertThat(firstPage).as("the heading names the commune asked for, not the request's first")
                .doesNotContain(squeezed("ĐẠ R'SAL", "Đạ R'sal, ngày"));
        java.util.Set<String> romenNames = commune.request().individuals().stream().filter(p -> header.covers(p.unit()))
                .map(p -> p.fullName()).collect(java.util.stream.Collectors.toSet());
        String fromElsewhere = commune.request().individuals().stream()
                .filter(p -> !header.covers(p.unit()) && !romenNames.contains(p.fullName()))
                .filter(p -> commune.evaluation().decisions().stream().anyMatch(d -> d.subjectId().equals(p.id())
                        && d.award() == AwardCode.LAO_DONG_TIEN_TIEN && d.outcome() == Outcome.ELIGIBLE))
                .findFirst().orElseThrow().fullName();
        assertThat(text).as("only the commune's own candidates").doesNotContain(squeezed(fromElsewhere));
    }

    @Test
    void aWholeRequestListIsHeadedByItsTopUnitAndPlace() throws IOException {
        EvaluatedCommunes.Evaluated sample = EvaluatedCommunes.of("data/sample-commune.json");
        ListOptions options = ListOptions.of(null, ListHeader.of(sample.request(), null), LocalDate.of(2026, 1, 15), Locale.forLanguageTag("vi"));

        String text = text(lists.pdf(sample.request(), sample.evaluation(), options));

        assertThat(text).contains(squeezed("TỈNH LÂM ĐỒNG", "Lâm Đồng, ngày 15 tháng 01 năm 2026"));
        ListHeader three = ListHeader.of(EvaluatedCommunes.of("data/commune-300.json").request(), null);
        assertThat(three.issuer()).as("a request of three communes names all three")
                .contains("UBND xã Đạ R'sal", "UBND xã Rô Men", "UBND xã Liêng Srônh");
        ListOptions english = ListOptions.of(null, ListHeader.of(sample.request(), "XA-DARSAL"), LocalDate.of(2026, 1, 15), Locale.ENGLISH);
        assertThat(text(lists.pdf(sample.request(), sample.evaluation(), english))).contains(squeezed("Đạ R'sal, 15/01/2026"));
    }

    /** The text of the first page up to the title: the heading. */
    private static String firstLines(byte[] pdf) throws IOException {
        String text = text(pdf);
        int title = text.indexOf("DANHSÁCHĐỀNGHỊ");
        return title < 0 ? text : text.substring(0, title);
    }

    /** The text as poppler's pdftotext reads it; table cells wrap words over lines, so compare without white space. */
    private static String text(byte[] pdf) {
        return PdfText.squeezed(PdfText.of(pdf));
    }

    private static String[] squeezed(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.replaceAll("\\s+", "")).toArray(String[]::new);
    }
}

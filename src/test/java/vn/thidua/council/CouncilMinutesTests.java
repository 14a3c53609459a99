package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.testing.ShippedRules;
import vn.thidua.testing.PdfText;

/** The minutes as PDF, read back: the layout's Vietnamese headings, the members, the recusal, the ballot table and its figures. */
class CouncilMinutesTests {

    private final CouncilMinutes minutes = new CouncilMinutes();

    @Test
    void printsTheSessionInTheLayoutOfTheMinutesInVietnamese() throws IOException {
        byte[] pdf = minutes.pdf(Sessions.recorded(), 2025, ShippedRules.ruleSet(), Locale.forLanguageTag("vi"));
        Path artefact = Path.of("target/artifacts/council-minutes.pdf");
        Files.createDirectories(artefact.getParent());
        Files.write(artefact, pdf);

        String text = text(pdf);

        assertThat(text).contains(squeezed("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ ĐẠ R'SAL", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "V/v xét, đề nghị khen thưởng năm 2025",
                "Thời gian: 08:00, ngày 15/01/2026", "Địa điểm: Hội trường UBND xã Đạ R'sal",
                "Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã", "Thư ký: Võ Thị Thu",
                "có 7/9 thành viên tham dự (vắng đồng chí Ka Huệ, Đoàn Văn Lực)",
                "5. Ka Huệ, Chủ tịch Hội Liên hiệp Phụ nữ xã — vắng mặt, có ý kiến bằng văn bản",
                "Ý kiến bằng văn bản của đồng chí Ka Huệ được tính vào kết quả bỏ phiếu",
                "Lê Thị Ngọc Ánh (Chiến sĩ thi đua cơ sở): Lê Văn Tâm",
                "Hội đồng đã bỏ phiếu kín, kết quả như sau:",
                "STT", "Tên cá nhân/ tập thể", "Hình thức khen thưởng", "Đồng ý", "Không đồng ý", "Không hợp lệ", "Tỷ lệ %", "Kết quả",
                "1Lê Thị Ngọc ÁnhChiến sĩ thi đua cơ sở80088,89Đạt",
                "2Y ĐiêngLao động tiên tiến43144,44Không đạt",
                "từ 80% trở lên tổng số thành viên Hội đồng", "chờ rà soát pháp lý",
                "THƯ KÝ", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)"));
    }

    @Test
    void printsTheSameSessionInEnglish() throws IOException {
        String text = text(minutes.pdf(Sessions.recorded(), 2025, ShippedRules.ruleSet(), Locale.forLanguageTag("en")));

        assertThat(text).contains(squeezed("MINUTES OF THE MEETING OF THE EMULATION AND COMMENDATION COUNCIL", "Agree", "Disagree",
                "88.89", "Approved", "Not approved", "more than 50% of all council members"));
    }

    @Test
    void printsTheAwardNamesOfTheRuleSetItIsGiven(@TempDir Path folder) throws IOException {
        Path rules = ShippedRules.copyTo(folder.resolve("rules"));
        Path awards = rules.resolve("awards.yaml");
        Files.writeString(awards, Files.readString(awards).replace("name: { vi: \"Chiến sĩ thi đua cơ sở\"",
                "name: { vi: \"Chiến sĩ thi đua cấp cơ sở (tên cũ)\""));
        RuleSet older = new RuleSetLoader(Clock.systemUTC()).load(rules);

        String text = text(minutes.pdf(Sessions.recorded(), 2025, older, Locale.forLanguageTag("vi")));

        assertThat(text).contains(squeezed("1Lê Thị Ngọc ÁnhChiến sĩ thi đua cấp cơ sở (tên cũ)80088,89Đạt"));
    }

    /** The text as poppler's pdftotext reads it, without white space. */
    private static String text(byte[] pdf) {
        return PdfText.squeezed(PdfText.of(pdf));
    }

    private static String[] squeezed(String... texts) {
        return Arrays.stream(texts).map(t -> t.replaceAll("\\s+", "")).toArray(String[]::new);
    }
}

package vn.thidua.conferral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * The decision (Quyết định) and its list in the usual administrative layout, written once for both
 * formats: Quốc hiệu and Tiêu ngữ, the title, the authority, the Căn cứ lines (the law, the authority's
 * citation, the council's minutes by session date), Điều 1 (the awards, to the attached list), Điều 2
 * (the bonus in figures, by award, with the base salary and coefficients cited), Điều 3 (execution),
 * Nơi nhận and the signature block; then the DANH SÁCH in groups I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA
 * ĐÌNH, each numbered from 1. No national mẫu exists for the decision; the secretariat finishes the
 * DOCX (docs/operations.md, "Decisions and the register").
 */
final class DecisionLayout {

    /** What the layout needs besides the decision: who issues it, the award names, the council sessions of its entries. */
    record Context(String issuer, Map<AwardCode, String> awardNames, Map<Long, Ballot> sessions, int year) {
    }

    private DecisionLayout() {
    }

    static byte[] write(AwardDecision d, Context c, DocumentWriter w) {
        String authority = d.authorityVi();
        String issuer = c.issuer() == null ? "……………" : c.issuer();
        String number = d.signed() ? "Số: " + d.signature().decisionNumber() : "Số:        /QĐ-……";
        LocalDate date = d.signed() ? d.signature().signedOn() : null;
        w.head(List.of(issuer.toUpperCase(Locale.ROOT), number),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        date == null ? "……, ngày …… tháng …… năm ……" : "……, " + Days.spelled(date)));
        w.title("QUYẾT ĐỊNH");
        w.centered("Về việc tặng danh hiệu thi đua, hình thức khen thưởng năm " + c.year(), true);
        w.centered(authority.toUpperCase(Locale.ROOT), true);
        w.paragraph("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;", false);
        w.paragraph("Căn cứ " + d.authorityCitation() + (d.authorityReview() == null ? "" : " (chờ rà soát pháp lý)") + ";", false);
        Map<String, LocalDate> minutes = new TreeMap<>();
        c.sessions().values().forEach(s -> minutes.put(Days.of(s.heldOn()) + "|" + s.councilName(), s.heldOn()));
        for (String key : minutes.keySet()) {
            String council = key.substring(key.indexOf('|') + 1);
            w.paragraph("Căn cứ Biên bản họp " + council + " " + Days.spelled(minutes.get(key)) + ";", false);
        }
        w.paragraph("Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng,", false);
        w.centered("QUYẾT ĐỊNH:", true);
        Map<AwardCode, long[]> byAward = new LinkedHashMap<>();
        for (AwardDecision.Entry e : d.entries()) {
            long[] sum = byAward.computeIfAbsent(e.award(), a -> new long[3]);
            sum[0]++;
            sum[1] += e.bonusAmount();
            sum[2] = e.bonusAmount();
        }
        List<String> awards = byAward.keySet().stream().map(a -> "\"" + c.awardNames().getOrDefault(a, a.name()) + "\"").toList();
        w.paragraph("Điều 1. Tặng danh hiệu thi đua, hình thức khen thưởng " + String.join(", ", awards)
                + " cho " + d.entries().size() + " tập thể, cá nhân, hộ gia đình có thành tích năm " + c.year()
                + " (có danh sách kèm theo).", false);
        w.paragraph("Điều 2. Tiền thưởng kèm theo, tính theo mức lương cơ sở " + Days.dong(d.baseSalary()) + " đồng/tháng ("
                + d.baseSalaryReference() + "):", false);
        for (Map.Entry<AwardCode, long[]> a : byAward.entrySet()) {
            AwardDecision.Entry sample = d.entries().stream().filter(e -> e.award() == a.getKey()).findFirst().orElseThrow();
            w.paragraph("- " + c.awardNames().getOrDefault(a.getKey(), a.getKey().name()) + ": " + a.getValue()[0] + " × hệ số "
                    + sample.bonusCoefficient().stripTrailingZeros().toPlainString().replace('.', ',') + " = "
                    + Days.dong(a.getValue()[1]) + " đồng (" + sample.bonusReference() + ");", false);
        }
        w.paragraph("Tổng số tiền thưởng: " + Days.dong(d.totalBonus()) + " đồng, từ quỹ thi đua, khen thưởng theo quy định.", true);
        w.paragraph("Điều 3. Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1"
                + " chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.", false);
        w.foot(List.of("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."),
                List.of(authority.toUpperCase(Locale.ROOT), "(Ký, đóng dấu, ghi rõ họ tên)", "", "", "",
                        d.signed() ? d.signature().signer() : ""));
        w.pageBreak();
        w.title("DANH SÁCH");
        w.centered("Tặng danh hiệu thi đua, hình thức khen thưởng năm " + c.year(), true);
        w.centered("(Kèm theo Quyết định " + (d.signed() ? "số " + d.signature().decisionNumber() + " " + Days.spelled(date)
                : "số ……… ngày ………") + " của " + authority + ")", false);
        for (SubjectKind kind : Groups.ORDER) {
            List<AwardDecision.Entry> group = d.group(kind);
            if (group.isEmpty()) {
                continue;
            }
            w.paragraph(Groups.heading(kind), true);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("STT", Groups.nameColumn(kind), "Đơn vị", "Danh hiệu/Hình thức", "Tiền thưởng (đồng)"));
            int n = 1;
            for (AwardDecision.Entry e : group) {
                rows.add(List.of(Integer.toString(n++), e.subjectName(), e.unitName() == null ? "" : e.unitName(),
                        c.awardNames().getOrDefault(e.award(), e.award().name()), Days.dong(e.bonusAmount())));
            }
            w.table(new float[] {0.7f, 3, 3, 3, 1.8f}, rows);
        }
        w.paragraph("Tổng cộng: " + d.entries().size() + " — tiền thưởng " + Days.dong(d.totalBonus()) + " đồng.", true);
        return w.finish();
    }
}

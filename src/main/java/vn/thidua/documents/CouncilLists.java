package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSetRegistry;

/**
 * The list of proposed candidates the council signs (docs/law.md §14.3.4: no national column
 * set; the observed layout): national motto, title, groups I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH
 * each numbered from 1, and the signature block. Vietnamese is set in an embedded DejaVu Sans.
 */
@Component
public class CouncilLists {

    private static final java.time.format.DateTimeFormatter DAY_FIRST = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BaseFont regular = PdfFonts.regular();
    private final BaseFont bold = PdfFonts.bold();
    private final RuleSetRegistry rules;

    /** Awards are named as the active rule set names them. */
    public CouncilLists(RuleSetRegistry rules) {
        this.rules = rules;
    }

    public byte[] pdf(EvaluationRequest request, Evaluation evaluation, ListOptions options) {
        AwardNames names = new AwardNames(rules.active());
        List<Proposals.Proposal> proposals = Proposals.of(request, evaluation, options.award()).stream()
                .filter(p -> options.header() == null || options.header().covers(p.unitCode())).toList();
        boolean en = "en".equals(options.locale().getLanguage());
        Font text = new Font(regular, 10);
        Font strong = new Font(bold, 10);
        Font title = new Font(bold, 13);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(en ? "List of proposed candidates" : "Danh sách đề nghị khen thưởng");
        document.open();
        document.add(heading(options, strong, text, en));
        Paragraph name = new Paragraph(en ? "LIST OF PROPOSED CANDIDATES" : "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", title);
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingBefore(18);
        document.add(name);
        Paragraph year = new Paragraph((en ? "Year " : "Năm ") + evaluation.period().year()
                + (options.award() == null ? "" : " — " + names.of(options.award(), options.locale()))
                + (evaluation.runId() == null ? "" : (en ? " (evaluation run " : " (lần đánh giá số ") + evaluation.runId() + ")"), text);
        year.setAlignment(Element.ALIGN_CENTER);
        year.setSpacingAfter(12);
        document.add(year);
        String[][] groups = {{"COLLECTIVE", "I. TẬP THỂ", "I. COLLECTIVES"}, {"INDIVIDUAL", "II. CÁ NHÂN", "II. INDIVIDUALS"},
            {"HOUSEHOLD", "III. HỘ GIA ĐÌNH", "III. HOUSEHOLDS"}};
        for (String[] group : groups) {
            List<Proposals.Proposal> members = proposals.stream().filter(p -> p.kind() == SubjectKind.valueOf(group[0])).toList();
            if (!members.isEmpty()) {
                document.add(new Paragraph(en ? group[2] : group[1], strong));
                document.add(table(members, names, text, strong, options, en));
            }
        }
        if (proposals.isEmpty()) {
            document.add(new Paragraph(en ? "No candidate is proposed." : "Không có đối tượng được đề nghị.", text));
        }
        document.add(signatures(options, strong, text, en));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable heading(ListOptions options, Font strong, Font text, boolean en) {
        PdfPTable heading = new PdfPTable(new float[] {1, 1.4f});
        heading.setWidthPercentage(100);
        heading.addCell(PdfFonts.borderless(new Phrase(options.issuer() == null ? "" : options.issuer().toUpperCase(options.locale()), strong),
                Element.ALIGN_CENTER));
        Phrase motto = new Phrase();
        motto.add(new Chunk(en ? "SOCIALIST REPUBLIC OF VIETNAM\n" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", strong));
        motto.add(new Chunk(en ? "Independence – Freedom – Happiness" : "Độc lập - Tự do - Hạnh phúc", strong));
        heading.addCell(PdfFonts.borderless(motto, Element.ALIGN_CENTER));
        heading.addCell(PdfFonts.borderless(new Phrase("", text), Element.ALIGN_CENTER));
        // Decree 30/2020/NĐ-CP: days under 10 and the months 1 and 2 take a leading zero.
        String date = options.date() == null ? "" : (en ? DAY_FIRST.format(options.date())
                : "ngày " + String.format("%02d", options.date().getDayOfMonth()) + " tháng "
                        + (options.date().getMonthValue() <= 2 ? String.format("%02d", options.date().getMonthValue()) : options.date().getMonthValue())
                        + " năm " + options.date().getYear());
        heading.addCell(PdfFonts.borderless(new Phrase((options.place() == null ? "" : options.place() + ", ") + date, text), Element.ALIGN_CENTER));
        return heading;
    }

    private static PdfPTable table(List<Proposals.Proposal> members, AwardNames names, Font text, Font strong, ListOptions options,
            boolean en) {
        PdfPTable table = new PdfPTable(new float[] {0.8f, 3, 3, 3, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        String[] headers = en ? new String[] {"No.", "Name", "Unit", "Title or award proposed", "Note"}
                : new String[] {"STT", "Họ và tên / Tên", "Đơn vị", "Danh hiệu, hình thức đề nghị", "Ghi chú"};
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, strong));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int number = 1;
        for (Proposals.Proposal p : members) {
            table.addCell(padded(Integer.toString(number++), text));
            table.addCell(padded(p.name(), text));
            table.addCell(padded(p.unitName() == null ? "" : p.unitName(), text));
            table.addCell(padded(names.of(p.award(), options.locale()), text));
            String note = (p.selectedUnderQuota() ? (en ? "within quota" : "trong chỉ tiêu") : "")
                    + (p.requiresCouncilJudgement() ? (p.selectedUnderQuota() ? "; " : "") + (en ? "council to judge" : "Hội đồng xem xét") : "");
            table.addCell(padded(note, text));
        }
        return table;
    }

    private static PdfPCell padded(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static PdfPTable signatures(ListOptions options, Font strong, Font text, boolean en) {
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(24);
        signatures.addCell(PdfFonts.borderless(new Phrase((en ? "PREPARED BY" : "NGƯỜI LẬP DANH SÁCH") + "\n", strong), Element.ALIGN_CENTER));
        signatures.addCell(PdfFonts.borderless(new Phrase((en ? "CHAIR OF THE EMULATION AND COMMENDATION COUNCIL"
                : "CHỦ TỊCH HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG") + "\n", strong), Element.ALIGN_CENTER));
        String sign = en ? "(Signature, full name)" : "(Ký, ghi rõ họ tên)";
        signatures.addCell(PdfFonts.borderless(new Phrase(sign + "\n\n\n\n" + (options.preparedBy() == null ? "" : options.preparedBy()), text),
                Element.ALIGN_CENTER));
        signatures.addCell(PdfFonts.borderless(new Phrase((en ? "(Signature, seal, full name)" : "(Ký, đóng dấu, ghi rõ họ tên)") + "\n\n\n\n"
                + (options.signedBy() == null ? "" : options.signedBy()), text), Element.ALIGN_CENTER));
        return signatures;
    }


}

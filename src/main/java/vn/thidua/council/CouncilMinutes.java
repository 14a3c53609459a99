package vn.thidua.council;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

import vn.thidua.documents.AwardNames;
import vn.thidua.documents.PdfFonts;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.engine.RuleSet;

/**
 * The minutes of a council session (Biên bản họp Hội đồng Thi đua - Khen thưởng) in the layout of
 * docs/law.md §14.3.5, from what was recorded: heading, V/v, time, place, chair, secretary, members with
 * their positions and attendance, written opinions, recusals, the secret-ballot table with the
 * percentage and result per dossier, the thresholds with their citations, and the signatures.
 * Vietnamese is set in the embedded DejaVu Sans, as the council's list is.
 */
@Component
public class CouncilMinutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BaseFont regular = PdfFonts.regular();
    private final BaseFont bold = PdfFonts.bold();

    /**
     * The minutes as PDF, in English for an English locale and in Vietnamese otherwise; {@code year} is
     * the run's, and the award names are those of {@code ruleSet}, the one the run was evaluated on.
     */
    public byte[] pdf(CouncilSession session, int year, RuleSet ruleSet, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        AwardNames names = new AwardNames(ruleSet);
        Font text = new Font(regular, 10);
        Font strong = new Font(bold, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(en ? "Minutes of the emulation and commendation council" : "Biên bản họp Hội đồng Thi đua - Khen thưởng");
        document.open();
        document.add(heading(session, strong, text, en));
        Paragraph title = new Paragraph(en ? "MINUTES OF THE MEETING OF THE EMULATION AND COMMENDATION COUNCIL"
                : "BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", new Font(bold, 13));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(16);
        document.add(title);
        Paragraph about = new Paragraph((en ? "Re: review of and proposals for commendation, year " : "V/v xét, đề nghị khen thưởng năm ")
                + year, text);
        about.setAlignment(Element.ALIGN_CENTER);
        about.setSpacingAfter(12);
        document.add(about);
        CouncilSession.Member chair = session.member(session.chair());
        CouncilSession.Member secretary = session.member(session.secretary());
        line(document, en ? "Time: " : "Thời gian: ", (session.startsAt() == null ? "" : session.startsAt() + (en ? ", " : ", ngày "))
                + DAY.format(session.heldOn()), strong, text);
        line(document, en ? "Place: " : "Địa điểm: ", session.place(), strong, text);
        line(document, en ? "Chaired by: " : "Chủ trì: ", who(chair), strong, text);
        line(document, en ? "Secretary: " : "Thư ký: ", who(secretary), strong, text);
        members(document, session, strong, text, en);
        recusals(document, session, names, locale, strong, text, en);
        Paragraph ballot = new Paragraph(en ? "The council voted by secret ballot; the results are:"
                : "Hội đồng đã bỏ phiếu kín, kết quả như sau:", text);
        ballot.setSpacingBefore(8);
        document.add(ballot);
        document.add(table(session, names, locale, strong, text, en));
        bases(document, session, names, locale, text, en);
        if (session.note() != null) {
            line(document, en ? "Note: " : "Ghi chú: ", session.note(), strong, text);
        }
        if (session.supersedes() != null) {
            line(document, "", (en ? "These minutes correct and replace those of session " : "Biên bản này đính chính và thay thế biên bản phiên số ")
                    + session.supersedes() + ".", strong, text);
        }
        document.add(signatures(chair, secretary, strong, text, en));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable heading(CouncilSession session, Font strong, Font text, boolean en) {
        PdfPTable heading = new PdfPTable(new float[] {1.1f, 1.4f});
        heading.setWidthPercentage(100);
        heading.addCell(PdfFonts.borderless(new Phrase(session.councilName().toUpperCase(new Locale("vi")), strong), Element.ALIGN_CENTER));
        Phrase motto = new Phrase();
        motto.add(new Chunk(en ? "SOCIALIST REPUBLIC OF VIETNAM\n" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", strong));
        motto.add(new Chunk(en ? "Independence – Freedom – Happiness" : "Độc lập - Tự do - Hạnh phúc", strong));
        heading.addCell(PdfFonts.borderless(motto, Element.ALIGN_CENTER));
        heading.addCell(PdfFonts.borderless(new Phrase("", text), Element.ALIGN_CENTER));
        heading.addCell(PdfFonts.borderless(new Phrase(session.place() + ", " + (en ? "" : "ngày ") + DAY.format(session.heldOn()), text),
                Element.ALIGN_CENTER));
        return heading;
    }

    private static void members(Document document, CouncilSession session, Font strong, Font text, boolean en) throws RuntimeException {
        List<CouncilSession.Member> absent = session.members().stream().filter(m -> m.attendance() != Attendance.PRESENT).toList();
        long present = session.members().size() - absent.size();
        String absentNames = absent.stream().map(CouncilSession.Member::name).collect(Collectors.joining(", "));
        line(document, en ? "Members: " : "Thành phần: ", en
                ? present + " of the council's " + session.councilSize() + " members attended" + (absent.isEmpty() ? "" : " (absent: " + absentNames + ")")
                : "có " + present + "/" + session.councilSize() + " thành viên tham dự" + (absent.isEmpty() ? "" : " (vắng đồng chí " + absentNames + ")"),
                strong, text);
        int number = 1;
        for (CouncilSession.Member m : session.members()) {
            String attendance = switch (m.attendance()) {
                case PRESENT -> "";
                case ABSENT_WRITTEN -> en ? " — absent, written opinion" : " — vắng mặt, có ý kiến bằng văn bản";
                case ABSENT -> en ? " — absent" : " — vắng mặt";
            };
            Paragraph p = new Paragraph(number++ + ". " + m.name() + (m.position() == null ? "" : ", " + m.position()) + attendance, text);
            p.setIndentationLeft(18);
            document.add(p);
        }
        List<String> written = session.members().stream().filter(m -> m.attendance() == Attendance.ABSENT_WRITTEN)
                .map(CouncilSession.Member::name).toList();
        if (!written.isEmpty()) {
            document.add(new Paragraph(en ? "The written opinions of " + String.join(", ", written) + " are counted in the ballot."
                    : "Ý kiến bằng văn bản của đồng chí " + String.join(", ", written) + " được tính vào kết quả bỏ phiếu.", text));
        }
    }

    private static void recusals(Document document, CouncilSession session, AwardNames names, Locale locale, Font strong, Font text,
            boolean en) {
        List<CouncilResult> recused = session.results().stream().filter(r -> !r.recused().isEmpty()).toList();
        if (recused.isEmpty()) {
            return;
        }
        line(document, en ? "Recusals " : "Thành viên không tham gia biểu quyết ", en ? "(own unit or own dossier; they did not vote):"
                : "(cùng đơn vị hoặc hồ sơ của chính mình; không bỏ phiếu):", strong, text);
        for (CouncilResult r : recused) {
            String who = r.recused().stream().map(id -> session.member(id) == null ? id : session.member(id).name())
                    .collect(Collectors.joining(", "));
            Paragraph p = new Paragraph("- " + r.subjectName() + " (" + names.of(r.award(), locale) + "): " + who, text);
            p.setIndentationLeft(18);
            document.add(p);
        }
    }

    private static PdfPTable table(CouncilSession session, AwardNames names, Locale locale, Font strong, Font text, boolean en) {
        PdfPTable table = new PdfPTable(new float[] {0.6f, 3, 2.6f, 1.1f, 1.2f, 1.2f, 1, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        String[] headers = en ? new String[] {"No.", "Individual / collective", "Title or award", "Agree", "Disagree", "Invalid", "%", "Result"}
                : new String[] {"STT", "Tên cá nhân/ tập thể", "Hình thức khen thưởng", "Đồng ý", "Không đồng ý", "Không hợp lệ", "Tỷ lệ %",
                    "Kết quả"};
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, strong));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int number = 1;
        for (CouncilResult r : session.results()) {
            table.addCell(cell(Integer.toString(number++), text, Element.ALIGN_CENTER));
            table.addCell(cell(r.subjectName(), text, Element.ALIGN_LEFT));
            table.addCell(cell(names.of(r.award(), locale), text, Element.ALIGN_LEFT));
            table.addCell(cell(Integer.toString(r.agree()), text, Element.ALIGN_CENTER));
            table.addCell(cell(Integer.toString(r.disagree()), text, Element.ALIGN_CENTER));
            table.addCell(cell(Integer.toString(r.invalid()), text, Element.ALIGN_CENTER));
            table.addCell(cell(ResultTexts.percent(r.percent(), en ? '.' : ','), text, Element.ALIGN_CENTER));
            String result = r.outcome() == CouncilOutcome.APPROVED ? (en ? "Approved" : "Đạt") : (en ? "Not approved" : "Không đạt");
            table.addCell(cell(result + (r.quorum().met() ? "" : en ? " (no quorum)" : " (không đủ túc số)"), text, Element.ALIGN_CENTER));
        }
        return table;
    }

    /** Each award's threshold once, with what it is a share of and its citation. */
    private static void bases(Document document, CouncilSession session, AwardNames names, Locale locale, Font text, boolean en) {
        Map<AwardCode, CouncilResult> byAward = new LinkedHashMap<>();
        session.results().forEach(r -> byAward.putIfAbsent(r.award(), r));
        for (CouncilResult r : byAward.values()) {
            String threshold = (r.comparison() == VoteRule.Comparison.AT_LEAST ? (en ? "at least " : "từ ") : (en ? "more than " : "quá "))
                    + ResultTexts.percent(r.threshold(), en ? '.' : ',') + "%" + (r.comparison() == VoteRule.Comparison.AT_LEAST && !en ? " trở lên" : "")
                    + (r.denominatorKind() == VoteRule.Denominator.TOTAL_MEMBERS ? (en ? " of all council members" : " tổng số thành viên Hội đồng")
                            : (en ? " of the members present or voting in writing" : " số thành viên dự họp hoặc cho ý kiến bằng văn bản"));
            String cited = r.citation() == null || r.citation().title() == null ? "" : " (" + r.citation().title()
                    + ("PENDING".equals(r.citation().legalReview()) ? (en ? "; awaiting legal review" : "; chờ rà soát pháp lý") : "") + ")";
            Paragraph p = new Paragraph((en ? "Threshold for " : "Tỷ lệ phiếu cần đạt đối với ") + names.of(r.award(), locale) + ": "
                    + threshold + cited + ".", new Font(text.getBaseFont(), 8));
            document.add(p);
        }
    }

    private static PdfPTable signatures(CouncilSession.Member chair, CouncilSession.Member secretary, Font strong, Font text, boolean en) {
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(24);
        signatures.addCell(PdfFonts.borderless(new Phrase(en ? "SECRETARY" : "THƯ KÝ", strong), Element.ALIGN_CENTER));
        signatures.addCell(PdfFonts.borderless(new Phrase(en ? "CHAIR" : "CHỦ TRÌ", strong), Element.ALIGN_CENTER));
        String sign = en ? "(Signature, full name)" : "(Ký, ghi rõ họ tên)";
        signatures.addCell(PdfFonts.borderless(new Phrase(sign + "\n\n\n\n" + (secretary == null ? "" : secretary.name()), text), Element.ALIGN_CENTER));
        signatures.addCell(PdfFonts.borderless(new Phrase(sign + "\n\n\n\n" + (chair == null ? "" : chair.name()), text), Element.ALIGN_CENTER));
        return signatures;
    }

    private static void line(Document document, String label, String value, Font strong, Font text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, strong));
        p.add(new Chunk(value, text));
        p.setSpacingAfter(2);
        document.add(p);
    }

    private static String who(CouncilSession.Member member) {
        return member == null ? "" : member.name() + (member.position() == null ? "" : ", " + member.position());
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }


}

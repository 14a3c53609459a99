package vn.thidua.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.documents.PdfFonts;

/**
 * A report as PDF, A4 landscape, in the reader's language with the application's embedded fonts: the
 * years with each group, the units and the awards (each group's count and share in one cell), and where
 * each year's figures come from.
 */
@Component
public class ReportPdf {

    private final MessageSource texts;

    ReportPdf(MessageSource texts) {
        this.texts = texts;
    }

    public byte[] write(FocusReport report, Locale locale) {
        ReportTables tables = new ReportTables(texts, locale);
        Font title = new Font(PdfFonts.bold(), 13);
        Font strong = new Font(PdfFonts.bold(), 7);
        Font text = new Font(PdfFonts.regular(), 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(tables.text("report.title"));
        document.open();
        Paragraph name = new Paragraph(tables.text("report.title").toUpperCase(locale), title);
        name.setAlignment(Element.ALIGN_CENTER);
        document.add(name);
        Paragraph heading = new Paragraph(tables.heading(report), new Font(PdfFonts.regular(), 10));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(10);
        document.add(heading);
        for (ReportTables.Table table : List.of(tables.sources(report), tables.years(report), tables.units(report, true),
                tables.awards(report, true))) {
            Paragraph caption = new Paragraph(table.title(), new Font(PdfFonts.bold(), 10));
            caption.setSpacingBefore(8);
            caption.setSpacingAfter(4);
            document.add(caption);
            document.add(table(table, tables, strong, text));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(ReportTables.Table table, ReportTables tables, Font strong, Font text) {
        PdfPTable pdf = new PdfPTable(table.header().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (String header : table.header()) {
            pdf.addCell(new PdfPCell(new Phrase(header, strong)));
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                String shown = value == null ? "" : value instanceof BigDecimal share ? tables.number(share) + "%"
                        : value instanceof Long count ? tables.number(BigDecimal.valueOf(count)) : value.toString();
                PdfPCell cell = new PdfPCell(new Phrase(shown, text));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }
}

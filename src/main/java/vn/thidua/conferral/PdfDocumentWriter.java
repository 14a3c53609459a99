package vn.thidua.conferral;

import java.io.ByteArrayOutputStream;
import java.util.List;

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

import vn.thidua.documents.PdfFonts;

/** The decision as PDF (OpenPDF), Vietnamese set in the embedded DejaVu Sans the other documents use. */
final class PdfDocumentWriter implements DocumentWriter {

    private static final BaseFont REGULAR = PdfFonts.regular();
    private static final BaseFont BOLD = PdfFonts.bold();

    private final Font text = new Font(REGULAR, 10.5f);
    private final Font strong = new Font(BOLD, 10.5f);
    private final Font heading = new Font(BOLD, 13);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 42, 42, 42);

    PdfDocumentWriter(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
    }

    @Override
    public void head(List<String> left, List<String> right) {
        PdfPTable table = new PdfPTable(new float[] {1, 1.4f});
        table.setWidthPercentage(100);
        table.addCell(plain(String.join("\n", left), strong, Element.ALIGN_CENTER));
        table.addCell(plain(right.get(0) + "\n" + right.get(1), strong, Element.ALIGN_CENTER));
        table.addCell(plain("", text, Element.ALIGN_CENTER));
        table.addCell(plain(String.join("\n", right.subList(2, right.size())), text, Element.ALIGN_CENTER));
        add(table);
    }

    @Override
    public void title(String value) {
        Paragraph p = new Paragraph(value, heading);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(14);
        add(p);
    }

    @Override
    public void centered(String value, boolean bold) {
        Paragraph p = new Paragraph(value, bold ? strong : text);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(6);
        add(p);
    }

    @Override
    public void paragraph(String value, boolean bold) {
        Paragraph p = new Paragraph(value, bold ? strong : text);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(20);
        p.setSpacingAfter(4);
        add(p);
    }

    @Override
    public void pageBreak() {
        document.newPage();
    }

    @Override
    public void table(float[] widths, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                PdfPCell c = new PdfPCell(new Phrase(cell, r == 0 ? strong : text));
                c.setPaddingBottom(5);
                if (r == 0) {
                    c.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(c);
            }
        }
        add(table);
    }

    @Override
    public void foot(List<String> left, List<String> right) {
        PdfPTable table = new PdfPTable(new float[] {1, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.addCell(plain(String.join("\n", left), new Font(REGULAR, 9), Element.ALIGN_LEFT));
        Phrase signature = new Phrase(right.get(0) + "\n", strong);
        signature.add(new Phrase(String.join("\n", right.subList(1, right.size())), text));
        PdfPCell cell = new PdfPCell(signature);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
        add(table);
    }

    @Override
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private void add(Element element) {
        document.add(element);
    }

    private static PdfPCell plain(String value, Font font, int alignment) {
        return PdfFonts.borderless(new Phrase(value, font), alignment);
    }

}

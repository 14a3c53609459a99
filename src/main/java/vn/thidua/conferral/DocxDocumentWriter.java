package vn.thidua.conferral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The decision as DOCX (Apache POI XWPF) for the secretariat to finish: Times New Roman 13, tables the editor can change. */
final class DocxDocumentWriter implements DocumentWriter {

    private static final String FONT = "Times New Roman";
    private final XWPFDocument document = new XWPFDocument();

    DocxDocumentWriter(String title) {
        document.getProperties().getCoreProperties().setTitle(title);
    }

    @Override
    public void head(List<String> left, List<String> right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        lines(table.getRow(0).getCell(0), left, 0);
        lines(table.getRow(0).getCell(1), right, 2);
    }

    private void lines(XWPFTableCell cell, List<String> lines, int boldUpTo) {
        cell.removeParagraph(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, lines.get(i), i < Math.max(boldUpTo, 1), 12);
        }
    }

    @Override
    public void title(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        run(p, text, true, 14);
    }

    @Override
    public void centered(String text, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, 13);
    }

    @Override
    public void paragraph(String text, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, text, bold, 13);
    }

    @Override
    public void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    @Override
    public void table(float[] widths, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), widths.length);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(BigInteger.valueOf(Math.round(widths[c] * 1000)).toString());
                XWPFParagraph p = cell.getParagraphs().get(0);
                if (r == 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                run(p, rows.get(r).get(c), r == 0, 12);
            }
        }
        document.createParagraph();
    }

    @Override
    public void foot(List<String> left, List<String> right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell l = table.getRow(0).getCell(0);
        l.removeParagraph(0);
        for (int i = 0; i < left.size(); i++) {
            run(l.addParagraph(), left.get(i), i == 0, 11);
        }
        lines(table.getRow(0).getCell(1), right, 1);
    }

    @Override
    public byte[] finish() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}

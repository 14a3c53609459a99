package vn.thidua.conferral;

import java.util.List;

/** What a decision's layout writes, the same for PDF and DOCX. */
interface DocumentWriter {

    /** The two-column head: issuer and number on the left, national motto and place/date on the right. */
    void head(List<String> left, List<String> right);

    void title(String text);

    void centered(String text, boolean bold);

    void paragraph(String text, boolean bold);

    void pageBreak();

    /** A bordered table; the first row is the header. */
    void table(float[] widths, List<List<String>> rows);

    /** The two-column foot: Nơi nhận on the left, the signature block on the right. */
    void foot(List<String> left, List<String> right);

    byte[] finish();
}

package vn.thidua.documents;

/**
 * A problem in an uploaded workbook, where the user sees it: the sheet, the row number as Excel
 * shows it (0 when the problem is not in one row) and the column's header (null when not in one
 * column), in Vietnamese and English.
 */
public record CellProblem(String sheet, int row, String column, String messageVi, String messageEn) {

    @Override
    public String toString() {
        return (sheet == null ? "" : "Sheet " + sheet) + (row > 0 ? ", dòng " + row : "")
                + (column == null ? "" : ", cột " + column) + ": " + messageVi;
    }
}

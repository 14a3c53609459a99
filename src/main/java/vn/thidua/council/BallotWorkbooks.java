package vn.thidua.council;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.thidua.documents.AwardNames;
import vn.thidua.documents.CellProblem;
import vn.thidua.dossier.ValidationException;
import vn.thidua.system.ThiduaProperties;

/**
 * The council's ballots as an Excel workbook (docs/operations.md §11.5): the secretariat downloads a
 * sheet pre-filled with a session's dossiers (and, from a stored schedule's session, its members,
 * date, room and recusals), fills in attendance and the counts, and uploads it back; it is recorded
 * exactly as the same session in JSON would be. Every problem names the sheet, row and column, and
 * nothing is stored when there is any.
 */
@Component
public class BallotWorkbooks {

    private static final int LAST_ROW = 2000;

    private final SessionDrafts drafts;
    private final CouncilSessions sessions;
    private final long maxBytes;

    BallotWorkbooks(SessionDrafts drafts, CouncilSessions sessions, ThiduaProperties properties) {
        this.drafts = drafts;
        this.sessions = sessions;
        this.maxBytes = properties.imports().maxBytes();
    }

    /**
     * The ballot workbook of a run, for a session of one of its stored schedules when {@code scheduleId}
     * is given (with {@code scheduleSession}), else with every dossier of the run the council may vote on.
     *
     * @throws vn.thidua.system.NotFoundException when no run has this id
     * @throws ValidationException naming scheduleId or scheduleSession, see {@link SessionDrafts#draft}
     */
    public byte[] sheet(long runId, Long scheduleId, String scheduleSession) {
        SessionDraft draft = drafts.draft(runId, scheduleId, scheduleSession);
        AwardNames names = sessions.awardNames(runId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = header(workbook);
            session(workbook.createSheet(BallotSheet.SESSION), draft, header, workbook);
            members(workbook.createSheet(BallotSheet.MEMBERS), draft, header);
            ballots(workbook.createSheet(BallotSheet.BALLOTS), draft, names, header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the session a filled ballot workbook holds, as {@link CouncilSessions#record(long, SessionInput, String)} does.
     *
     * @throws vn.thidua.system.NotFoundException when no run has this id
     * @throws ValidationException with every problem, each named by sheet, row and column; nothing is then stored
     */
    public CouncilSession record(long runId, InputStream xlsx, String recordedBy) {
        BallotSheetReader reader = new BallotSheetReader(runId);
        SessionInput input;
        try (XSSFWorkbook workbook = open(xlsx)) {
            input = reader.read(workbook);
        } catch (IOException e) {
            throw refused(new CellProblem(null, 0, null, "Không đọc được tệp: " + e.getMessage(), "The file cannot be read: " + e.getMessage()));
        }
        if (input == null) {
            throw new ValidationException(reader.problems().stream().map(BallotSheetReader::error).toList());
        }
        try {
            return sessions.record(runId, input, recordedBy);
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(reader::locate).toList());
        }
    }

    private XSSFWorkbook open(InputStream xlsx) throws IOException {
        byte[] bytes = xlsx.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw refused(new CellProblem(null, 0, null, "Tệp lớn hơn giới hạn " + maxBytes + " byte",
                    "The file is larger than the limit of " + maxBytes + " bytes"));
        }
        // Refuses zip bombs, as the request workbook does: entries that inflate more than 100 times, or beyond the limit.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(Math.max(maxBytes * 4, 1 << 20));
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (RuntimeException | IOException e) {
            throw refused(new CellProblem(null, 0, null, "Tệp không phải bảng tính Excel .xlsx hợp lệ: " + e.getMessage(),
                    "The file is not a valid Excel .xlsx workbook: " + e.getMessage()));
        }
    }

    private static ValidationException refused(CellProblem problem) {
        return new ValidationException(List.of(BallotSheetReader.error(problem)));
    }

    private static void session(XSSFSheet sheet, SessionDraft draft, CellStyle header, XSSFWorkbook workbook) {
        Row top = sheet.createRow(0);
        String[] headers = {"Mục", "Trường", "Giá trị"};
        for (int c = 0; c < headers.length; c++) {
            cell(top, c, headers[c]).setCellStyle(header);
        }
        CellStyle day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        int r = 1;
        for (BallotSheet.Column field : BallotSheet.SESSION_FIELDS) {
            Row row = sheet.createRow(r++);
            cell(row, 0, field.label() + (field.required() ? " *" : ""));
            cell(row, 1, field.key());
            Cell value = row.createCell(2);
            switch (field.key()) {
                case "run" -> value.setCellValue(draft.runId());
                case "scheduleId" -> set(value, draft.scheduleId() == null ? null : draft.scheduleId().toString());
                case "scheduleSession" -> set(value, draft.scheduleSession());
                case "heldOn" -> {
                    value.setCellStyle(day);
                    if (draft.heldOn() != null) {
                        value.setCellValue(draft.heldOn());
                    }
                }
                case "startsAt" -> {
                    value.setCellStyle(text);
                    set(value, draft.startsAt());
                }
                case "place" -> set(value, draft.place());
                case "chair" -> set(value, draft.chair());
                case "secretary" -> set(value, draft.secretary());
                default -> {
                }
            }
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 50 * 256);
    }

    private static void members(XSSFSheet sheet, SessionDraft draft, CellStyle header) {
        headers(sheet, BallotSheet.MEMBER_COLUMNS, header);
        int r = BallotSheet.HEADER_ROWS;
        for (SessionInput.Member m : draft.members()) {
            Row row = sheet.createRow(r++);
            // Attendance is left for the secretariat to fill in: the schedule only knew who expected to come.
            String[] values = {m.id(), m.name(), m.position(), m.unit(), m.personId(), null};
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c), values[c]);
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, helper.createExplicitListConstraint(BallotSheet.ATTENDANCE.toArray(String[]::new)),
                BallotSheet.MEMBER_COLUMNS.size() - 1);
    }

    private static void ballots(XSSFSheet sheet, SessionDraft draft, AwardNames names, CellStyle header) {
        headers(sheet, BallotSheet.BALLOT_COLUMNS, header);
        int r = BallotSheet.HEADER_ROWS;
        Locale vi = Locale.forLanguageTag("vi");
        for (SessionDraft.Line line : draft.dossiers()) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - BallotSheet.HEADER_ROWS + 1);
            CouncilSessions.Dossier d = line.dossier();
            String[] values = {d.subjectId(), d.name(), d.unit(), d.award().name(), names.of(d.award(), vi), null, null, null,
                String.join(", ", line.recused())};
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c + 1), values[c]);
            }
            r++;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (String count : List.of("agree", "disagree", "invalid")) {
            int column = index(BallotSheet.BALLOT_COLUMNS, count);
            list(sheet, helper, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    column);
        }
    }

    private static void headers(XSSFSheet sheet, List<BallotSheet.Column> columns, CellStyle style) {
        Row labels = sheet.createRow(0);
        Row keys = sheet.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            cell(labels, c, columns.get(c).label() + (columns.get(c).required() ? " *" : "")).setCellStyle(style);
            cell(keys, c, columns.get(c).key());
            sheet.setColumnWidth(c, (columns.get(c).label().length() > 20 ? 28 : 16) * 256);
        }
        sheet.createFreezePane(0, BallotSheet.HEADER_ROWS);
    }

    private static void list(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(BallotSheet.HEADER_ROWS, LAST_ROW, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static int index(List<BallotSheet.Column> columns, String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static Cell cell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static void set(Cell cell, String value) {
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static CellStyle header(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        return style;
    }
}

package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;

/**
 * An evaluation's results as Excel, in Vietnamese or English: one row per decision (subject, name,
 * unit, award, outcome, what is missing, warnings), one row per criterion (result, explanation,
 * citation, its facts in words as the decision page shows them), and one row per ranked candidate under each quota. Outcomes and results are named as
 * the pages name them ({@code outcome.*}, {@code status.*}), warnings by their text, never by code.
 */
@Component
public class ResultWorkbooks {

    private final RuleSetRegistry rules;
    private final MessageSource texts;

    /** Awards are named as the active rule set names them; outcomes and results as the pages' texts do. */
    public ResultWorkbooks(RuleSetRegistry rules, MessageSource texts) {
        this.rules = rules;
        this.texts = texts;
    }

    public byte[] write(EvaluationRequest request, Evaluation evaluation, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        AwardNames names = new AwardNames(rules.active());
        Map<String, String[]> subjects = subjects(request);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = header(workbook);
            XSSFSheet decisions = sheet(workbook, en ? "Decisions" : "Kết quả", header, en
                    ? new String[] {"Subject", "Name", "Unit", "Award", "Outcome", "Council judgement", "Missing", "Warnings"}
                    : new String[] {"Mã", "Họ tên / Tên", "Đơn vị", "Danh hiệu, hình thức", "Kết quả", "Hội đồng xem xét", "Còn thiếu", "Cảnh báo"});
            XSSFSheet criteria = sheet(workbook, en ? "Criteria" : "Tiêu chí", header, en
                    ? new String[] {"Subject", "Award", "Criterion", "Result", "Explanation", "Citation", "Facts"}
                    : new String[] {"Mã", "Danh hiệu, hình thức", "Tiêu chí", "Kết quả", "Giải thích", "Căn cứ", "Dữ kiện"});
            FactTexts facts = new FactTexts(rules.active());
            int d = 1;
            int c = 1;
            for (EligibilityDecision decision : evaluation.decisions()) {
                String[] who = subjects.getOrDefault(decision.subjectId(), new String[] {"", ""});
                row(decisions, d++, decision.subjectId(), who[0], who[1], names.of(decision.award(), locale),
                        label("outcome." + decision.outcome().name(), locale), decision.requiresCouncilJudgement() ? (en ? "yes" : "có") : "",
                        texts(decision.missing(), en), decision.warnings().stream().map(w -> en ? w.en() : w.vi()).collect(Collectors.joining("; ")));
                for (CriterionOutcome criterion : decision.criteria()) {
                    row(criteria, c++, decision.subjectId(), names.of(decision.award(), locale), criterion.id(),
                            label("status." + criterion.result().name(), locale), criterion.explanation() == null ? "" : text(criterion.explanation(), en),
                            criterion.citation() == null ? "" : criterion.citation().title(), facts.joined(criterion.facts(), locale));
                }
            }
            rankings(workbook, header, evaluation, subjects, names, locale, en);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages' name of an outcome or result; the key's last part (the code) only if the text is missing. */
    private String label(String key, Locale locale) {
        return texts.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private static void rankings(XSSFWorkbook workbook, CellStyle header, Evaluation evaluation, Map<String, String[]> subjects,
            AwardNames names, Locale locale, boolean en) {
        XSSFSheet sheet = sheet(workbook, en ? "Rankings" : "Xếp thứ tự", header, en
                ? new String[] {"Award", "Quota unit", "Places", "Rank", "Subject", "Name", "Selected", "Reason"}
                : new String[] {"Danh hiệu, hình thức", "Đơn vị chỉ tiêu", "Số chỉ tiêu", "Thứ tự", "Mã", "Họ tên / Tên", "Được chọn", "Lý do"});
        int r = 1;
        for (Object item : evaluation.rankings()) {
            if (item instanceof Ranking ranking) {
                for (RankingEntry entry : ranking.entries()) {
                    row(sheet, r++, names.of(ranking.award(), locale), ranking.unit(), Integer.toString(ranking.quota()),
                            entry.rank() == null ? "" : entry.rank().toString(), entry.subjectId(),
                            subjects.getOrDefault(entry.subjectId(), new String[] {""})[0],
                            entry.selected() ? (en ? "yes" : "có") : "", entry.reason() == null ? "" : text(entry.reason(), en));
                }
            }
        }
    }

    private static XSSFSheet sheet(XSSFWorkbook workbook, String name, CellStyle style, String[] headers) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, (i >= 4 ? 40 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private static String texts(List<Text> texts, boolean en) {
        return texts.stream().map(t -> text(t, en)).collect(Collectors.joining("; "));
    }

    private static String text(Text text, boolean en) {
        return en ? text.en() : text.vi();
    }

    private static CellStyle header(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static Map<String, String[]> subjects(EvaluationRequest request) {
        Map<String, String> units = new HashMap<>();
        request.units().forEach(u -> units.put(u.code(), u.name()));
        Map<String, String[]> subjects = new HashMap<>();
        for (Individual p : request.individuals()) {
            subjects.put(p.id(), new String[] {p.fullName(), units.getOrDefault(p.unit(), p.unit())});
        }
        for (Collective c : request.collectives()) {
            subjects.put(c.id(), new String[] {c.name(), units.getOrDefault(c.unit(), c.unit())});
        }
        for (Household h : request.households()) {
            subjects.put(h.id(), new String[] {h.headName(), units.getOrDefault(h.unit(), h.unit())});
        }
        return subjects;
    }
}

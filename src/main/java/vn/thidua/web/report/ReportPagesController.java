package vn.thidua.web.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.report.FocusReport;
import vn.thidua.report.FocusReports;
import vn.thidua.report.ReportDocuments;
import vn.thidua.report.ReportException;
import vn.thidua.report.ReportPdf;
import vn.thidua.report.ReportQuery;
import vn.thidua.web.site.CurrentUser;

/**
 * The report by focus group (secretariat, policy staff, administrators): a year or a range of years and
 * a unit, the tables, two charts drawn in the browser by Chart.js from the figures the page carries, and
 * the downloads (the report as Excel and PDF, Biểu 0603 as Excel).
 */
@Controller
class ReportPagesController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FocusReports reports;
    private final ReportDocuments documents;
    private final ReportPdf pdf;
    private final CurrentUser currentUser;
    private final MessageSource texts;
    private final JsonMapper json;
    private final Clock clock;

    ReportPagesController(FocusReports reports, ReportDocuments documents, ReportPdf pdf, CurrentUser currentUser, MessageSource texts,
            JsonMapper json, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, Locale locale, Model model) {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("unit", unit);
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return "report/focus-groups";
        }
        try {
            ReportQuery query = ReportQuery.parse(from, to, unit);
            FocusReport report = reports.report(query, currentUser.get());
            model.addAttribute("report", report);
            model.addAttribute("query", query);
            model.addAttribute("chart", json.writeValueAsString(ReportCharts.of(report, texts, locale)));
        } catch (ReportException e) {
            boolean en = "en".equals(locale.getLanguage());
            model.addAttribute("error", e.problems().stream().map(p -> p.path() + ": " + (en ? p.en() : p.vi()))
                    .collect(Collectors.joining("; ")));
        }
        return "report/focus-groups";
    }

    @GetMapping("/reports/report.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, Locale locale) {
        FocusReport report = report(from, to, unit);
        return file(documents.workbook(report, locale), "bao-cao-nhom-doi-tuong-" + years(report) + ".xlsx", XLSX);
    }

    @GetMapping("/reports/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit, Locale locale) {
        FocusReport report = report(from, to, unit);
        return file(pdf.write(report, locale), "bao-cao-nhom-doi-tuong-" + years(report) + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/reports/bieu-0603.xlsx")
    ResponseEntity<byte[]> bieu0603(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String unit) {
        FocusReport report = report(from, to, unit);
        return file(documents.bieu0603(report), "bieu-0603-" + years(report) + ".xlsx", XLSX);
    }

    private FocusReport report(String from, String to, String unit) {
        return reports.report(ReportQuery.parse(from, to, unit), currentUser.get());
    }

    private static String years(FocusReport report) {
        return report.from() == report.to() ? Integer.toString(report.from()) : report.from() + "-" + report.to();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}

package vn.thidua.web.runs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.documents.CouncilLists;
import vn.thidua.documents.ListHeader;
import vn.thidua.documents.ListOptions;
import vn.thidua.documents.RequestWorkbooks;
import vn.thidua.documents.ResultWorkbooks;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.evaluation.NextYearTemplates;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/** Files of the secretariat's work: the Excel template, a run's results as Excel, and the list the council signs as PDF. */
@Controller
class RunDocumentsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RequestWorkbooks requests;
    private final ResultWorkbooks results;
    private final CouncilLists lists;
    private final RunResults runs;
    private final RunScope scope;
    private final NextYearTemplates nextYear;
    private final CurrentUser currentUser;

    RunDocumentsController(RequestWorkbooks requests, ResultWorkbooks results, CouncilLists lists, RunResults runs, RunScope scope,
            NextYearTemplates nextYear, CurrentUser currentUser) {
        this.nextYear = nextYear;
        this.currentUser = currentUser;
        this.requests = requests;
        this.results = results;
        this.lists = lists;
        this.runs = runs;
        this.scope = scope;
    }

    // With a unit: next year's request of that unit, its people and their register history filled in.
    @GetMapping("/runs/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String unit) {
        if (unit == null || unit.isBlank()) {
            return file(requests.template(), "mau-ho-so-thi-dua.xlsx", XLSX);
        }
        String code = unit.strip();
        EvaluationRequest next = nextYear.forUnit(code, currentUser.get())
                .orElseThrow(() -> new NotFoundException("no stored run holds subjects of unit " + code));
        return file(requests.write(next), "mau-ho-so-thi-dua-" + code + "-" + next.period().year() + ".xlsx", XLSX);
    }

    @GetMapping("/runs/{id}/results.xlsx")
    ResponseEntity<byte[]> results(@PathVariable long id, Locale locale) {
        RunResults.Run run = load(id);
        return file(results.write(run.request(), run.evaluation(), locale), "ket-qua-lan-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/runs/{id}/list.pdf")
    ResponseEntity<byte[]> list(@PathVariable long id, @RequestParam(required = false) AwardCode award,
            @RequestParam(required = false) String unit, Locale locale) {
        RunResults.Run run = load(id);
        ListHeader header;
        try {
            header = ListHeader.of(run.request(), unit);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
        ListOptions options = ListOptions.of(award, header, LocalDate.now(), locale);
        return file(lists.pdf(run.request(), run.evaluation(), options), "danh-sach-lan-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    private RunResults.Run load(long id) {
        scope.check(id);
        return runs.find(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}

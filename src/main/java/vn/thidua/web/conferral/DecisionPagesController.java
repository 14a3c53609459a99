package vn.thidua.web.conferral;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.conferral.AwardDecision;
import vn.thidua.conferral.AwardDecisions;
import vn.thidua.conferral.ConferralException;
import vn.thidua.conferral.DecisionDocuments;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/** The secretariat's decisions of a run: draft, download as PDF or DOCX, record the signed decision. */
@Controller
class DecisionPagesController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AwardDecisions decisions;
    private final DecisionDocuments documents;
    private final RunScope scope;
    private final CurrentUser currentUser;

    DecisionPagesController(AwardDecisions decisions, DecisionDocuments documents, RunScope scope, CurrentUser currentUser) {
        this.decisions = decisions;
        this.documents = documents;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    @GetMapping("/runs/{id}/award-decisions")
    String list(@PathVariable long id, Model model) {
        scope.check(id);
        model.addAttribute("runId", id);
        model.addAttribute("decisions", decisions.ofRun(id));
        return "conferral/decisions";
    }

    @PostMapping("/runs/{id}/award-decisions")
    String draft(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            Locale locale, RedirectAttributes redirect) {
        scope.check(id);
        try {
            redirect.addFlashAttribute("drafted", decisions.draft(id, decisionDate, currentUser.get().username()).size());
        } catch (ConferralException e) {
            redirect.addFlashAttribute("error", texts(e, locale));
        }
        return "redirect:/runs/" + id + "/award-decisions";
    }

    @PostMapping("/runs/{id}/award-decisions/{decisionId}/signature")
    String sign(@PathVariable long id, @PathVariable long decisionId, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) String signer, Locale locale, RedirectAttributes redirect) {
        load(id, decisionId);
        try {
            decisions.sign(decisionId, new AwardDecisions.SignatureRequest(decisionNumber, signedOn, signer), currentUser.get().username());
            redirect.addFlashAttribute("signed", decisionId);
        } catch (ConferralException e) {
            redirect.addFlashAttribute("error", texts(e, locale));
        }
        return "redirect:/runs/" + id + "/award-decisions";
    }

    @GetMapping("/runs/{id}/award-decisions/{decisionId}/decision.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long decisionId) {
        load(id, decisionId);
        return file(documents.pdf(decisionId), "quyet-dinh-" + decisionId + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/runs/{id}/award-decisions/{decisionId}/decision.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable long decisionId) {
        load(id, decisionId);
        return file(documents.docx(decisionId), "quyet-dinh-" + decisionId + ".docx", DOCX);
    }

    private AwardDecision load(long runId, long decisionId) {
        scope.check(runId);
        return decisions.find(decisionId).filter(d -> d.runId() == runId)
                .orElseThrow(() -> new NotFoundException("no award decision " + decisionId + " on run " + runId));
    }

    private static String texts(ConferralException e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return e.problems().stream().map(p -> p.path() + ": " + (en ? p.en() : p.vi())).collect(Collectors.joining("; "));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}

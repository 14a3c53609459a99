package vn.thidua.web.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.conferral.AwardDecision;
import vn.thidua.conferral.AwardDecisions;
import vn.thidua.conferral.DecisionDocuments;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/** The chair's decisions over REST: draft from a run's approved dossiers, read, download as PDF or DOCX, record the signature. */
@RestController
class AwardDecisionController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AwardDecisions decisions;
    private final DecisionDocuments documents;
    private final RunScope scope;
    private final CurrentUser currentUser;

    AwardDecisionController(AwardDecisions decisions, DecisionDocuments documents, RunScope scope, CurrentUser currentUser) {
        this.decisions = decisions;
        this.documents = documents;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    /** The decision date to draft for; absent or null: the run's decision date. */
    record DraftBody(LocalDate decisionDate) {
    }

    @Operation(summary = "Draft the decisions of a run",
            description = "One draft per deciding authority from the dossiers the council approved (the ballot of the latest "
                    + "session not superseded) that no signed decision confers yet, with the bonus of each entry. A draft is "
                    + "never changed: drafting again writes new drafts. 400 naming the field when nothing is approved or an "
                    + "authority or bonus is missing; nothing is stored then.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/api/evaluations/{runId}/award-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<AwardDecision>> draft(@PathVariable long runId, @RequestBody(required = false) DraftBody body) {
        scope.check(runId);
        List<AwardDecision> drafts = decisions.draft(runId, body == null ? null : body.decisionDate(), currentUser.get().username());
        return ResponseEntity.created(URI.create("/api/award-decisions/" + drafts.get(0).id())).body(drafts);
    }

    @Operation(summary = "The decisions drafted on a run, oldest first")
    @GetMapping(path = "/api/evaluations/{runId}/award-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AwardDecision> ofRun(@PathVariable long runId) {
        scope.check(runId);
        return decisions.ofRun(runId);
    }

    @Operation(summary = "A decision with its entries, bonuses and signature (once recorded)")
    @GetMapping(path = "/api/award-decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AwardDecision find(@PathVariable long id) {
        return load(id);
    }

    @Operation(summary = "The decision and its list as PDF")
    @GetMapping(path = "/api/award-decisions/{id}/decision.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        load(id);
        return file(documents.pdf(id), "quyet-dinh-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @Operation(summary = "The decision and its list as DOCX, for the secretariat to finish")
    @GetMapping(path = "/api/award-decisions/{id}/decision.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        load(id);
        return file(documents.docx(id), "quyet-dinh-" + id + ".docx", DOCX);
    }

    @Operation(summary = "Record the signed decision",
            description = "Its number, signing date and signer; each entry becomes a register entry (source DECISION) in the "
                    + "same transaction: the awards are conferred. 400 naming the field when the decision is already recorded, "
                    + "a field is missing, the signing date is before the council session, an entry's dossier is no longer "
                    + "approved, or another signed decision confers the same award for the year; nothing is stored then.")
    @PostMapping(path = "/api/award-decisions/{id}/signature", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AwardDecision sign(@PathVariable long id, @RequestBody AwardDecisions.SignatureRequest body) {
        load(id);
        return decisions.sign(id, body, currentUser.get().username());
    }

    private AwardDecision load(long id) {
        AwardDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("no award decision " + id));
        scope.check(d.runId());
        return d;
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}

package vn.thidua.web.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.ShareTotals;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.runs.RunScope;
import vn.thidua.evaluation.RunSubmissions;
import vn.thidua.web.site.CurrentUser;

/** Evaluation runs over REST: submit a request, read a stored run, its decisions, rankings and shares. */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationRuns runs;
    private final RunSubmissions submissions;
    private final RunScope scope;
    private final CurrentUser currentUser;
    private final long maxBytes;
    private final long inPartsAbove;

    EvaluationController(EvaluationRuns runs, RunSubmissions submissions, RunScope scope, CurrentUser currentUser,
            ThiduaProperties properties) {
        this.runs = runs;
        this.submissions = submissions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.maxBytes = properties.imports().maxBytes();
        this.inPartsAbove = properties.imports().inPartsThreshold();
    }

    @Operation(summary = "Evaluate a request and store the run",
            description = "Takes an evaluation request (docs/request-and-result.md §1) and answers with the evaluation "
                    + "result (section 3) and the run id; the Location header names the stored run. An invalid request "
                    + "is answered with 400 and a problem detail listing the JSON path of every bad field; nothing is stored. "
                    + "A request larger than thidua.import.in-parts-above (default a sixteenth of the heap) is evaluated, "
                    + "stored and answered in parts, with the same answer (docs/operations.md §24).")
    @RequestBody(description = "An evaluation request, schemaVersion 1")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Evaluation> evaluate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestBodies.Body body = RequestBodies.receive(request, maxBytes, inPartsAbove);
        if (body.file() == null) {
            Evaluation evaluation = submissions.submit(body.bytes(), currentUser.get());
            return ResponseEntity.created(URI.create("/api/evaluations/" + evaluation.runId())).body(evaluation);
        }
        // Too large to read whole: checked, then evaluated, stored and answered as it is read (docs/operations.md §24).
        // The answer is the same JSON; once it has begun, a failure can only cut it short (the run is not stored).
        try {
            submissions.submitInParts(body.file(), currentUser.get(), runId -> {
                response.setStatus(HttpServletResponse.SC_CREATED);
                response.setHeader(HttpHeaders.LOCATION, "/api/evaluations/" + runId);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                try {
                    return new BufferedOutputStream(response.getOutputStream(), 1 << 16);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            response.flushBuffer();
            return null; // answered
        } finally {
            Files.deleteIfExists(body.file());
        }
    }

    @Operation(summary = "A stored evaluation run, as its evaluation result")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Evaluation find(@PathVariable long id) {
        visible(id);
        return runs.find(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }

    // Award and outcome are typed so that a misspelt filter is answered with 400 naming the
    // parameter, not with an empty list that reads as "no such decisions".
    @Operation(summary = "Decisions of a stored run, filtered by subject, award and outcome",
            description = "Filters left out or empty match everything. An unknown award or outcome is answered with 400.")
    @GetMapping(path = "/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<EligibilityDecision> decisions(@PathVariable long id,
            @Parameter(description = "subject id, e.g. CN-0001") @RequestParam(required = false) String subjectId,
            @Parameter(description = "award code, e.g. CHIEN_SI_THI_DUA_CO_SO") @RequestParam(required = false) AwardCode award,
            @Parameter(description = "outcome") @RequestParam(required = false) Outcome outcome) {
        visible(id);
        return runs.decisions(id, blankToNull(subjectId), award, outcome)
                .orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }

    @Operation(summary = "Rankings of a stored run under its quotas, with explained entries and share tables",
            description = "One ranking per quota of the request (and per policy default quota that applied), in order; "
                    + "an empty list when the request had no quota.")
    @GetMapping(path = "/{id}/rankings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Ranking> rankings(@PathVariable long id) {
        visible(id);
        return runs.rankings(id).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }

    @Operation(summary = "Priority-group shares of a stored run's rankings, per quota unit and for the whole run")
    @GetMapping(path = "/{id}/shares", produces = MediaType.APPLICATION_JSON_VALUE)
    ShareTotals shares(@PathVariable long id) {
        visible(id);
        return runs.rankings(id).map(ShareTotals::of).orElseThrow(() -> new NotFoundException("no evaluation run " + id));
    }

    private void visible(long id) {
        scope.check(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

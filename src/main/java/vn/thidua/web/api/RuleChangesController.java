package vn.thidua.web.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import vn.thidua.governance.Activation;
import vn.thidua.governance.Draft;
import vn.thidua.governance.ImpactReport;
import vn.thidua.governance.ImpactReports;
import vn.thidua.governance.RuleSetActivations;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.governance.RuleSetHistory;
import vn.thidua.system.NotFoundException;

/**
 * Rule changes over REST: store a validated draft, report its population impact on a stored run,
 * acknowledge the report, activate its draft, roll back. The person recorded is the signed-in user
 * when there is one, otherwise the {@code by} the request names.
 */
@RestController
@RequestMapping("/api/rules")
class RuleChangesController {

    /** Which draft to report on, and the stored run whose request it is evaluated on. */
    record ImpactRequest(String draftVersion, Long runId, String by) {
    }

    record AcknowledgementRequest(String by, String note) {
    }

    record ActivationRequest(Long reportId, String by, String reason) {
    }

    record RollbackRequest(String toVersion, String by, String reason) {
    }

    private final RuleSetDrafts drafts;
    private final ImpactReports reports;
    private final RuleSetActivations activations;

    RuleChangesController(RuleSetDrafts drafts, ImpactReports reports, RuleSetActivations activations) {
        this.drafts = drafts;
        this.reports = reports;
        this.activations = activations;
    }

    @Operation(summary = "Store a draft rule set",
            description = "Validates a rules folder on the server (dir) or uploaded files (multipart, each named by its path "
                    + "in the rules folder) in full: compile, metadata, met / not-met pairs, every scenario. 201 with the "
                    + "draft's version when valid and stored; 422 with every problem (file and line) when not, nothing stored.")
    @ApiResponse(responseCode = "201", description = "Valid and stored as a draft")
    @ApiResponse(responseCode = "422", description = "Not valid: the draft with every problem (file and line); nothing stored")
    @PostMapping(path = "/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Draft> draft(@RequestParam(required = false) String dir,
            @RequestParam(required = false) List<MultipartFile> files, @RequestParam(required = false) String by,
            Principal principal) throws IOException {
        String who = who(principal, by);
        Draft draft;
        if (files != null && !files.isEmpty()) {
            Map<String, byte[]> uploaded = new LinkedHashMap<>();
            for (MultipartFile file : files) {
                uploaded.put(String.valueOf(file.getOriginalFilename()), file.getBytes());
            }
            draft = drafts.prepare(uploaded, who);
        } else if (dir != null && !dir.isBlank()) {
            draft = drafts.prepare(Path.of(dir), who);
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give either dir (a rules folder on the server) or files (uploaded rule files)");
        }
        return ResponseEntity.status(draft.valid() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(draft);
    }

    @Operation(summary = "Report a draft's population impact",
            description = "Evaluates a stored run's request under the active rule set and under the draft and stores, per "
                    + "award, who gains and who loses eligibility (through which criterion) and how the priority-group shares "
                    + "move. Activation needs this report, acknowledged.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/impact-reports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImpactReport> impact(@RequestBody ImpactRequest body, Principal principal) {
        if (body.draftVersion() == null || body.draftVersion().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "draftVersion is required: the version of a stored draft (POST /api/rules/drafts)");
        }
        if (body.runId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "runId is required: the stored evaluation run whose request is evaluated");
        }
        ImpactReport report = reports.onRun(body.draftVersion(), body.runId(), who(principal, body.by()));
        return ResponseEntity.created(URI.create("/api/rules/impact-reports/" + report.id())).body(report);
    }

    @Operation(summary = "Impact reports, newest first, without their per-award details")
    @GetMapping(path = "/impact-reports", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ImpactReport> reports() {
        return reports.list();
    }

    @Operation(summary = "One impact report, with its acknowledgement when it has one")
    @GetMapping(path = "/impact-reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ImpactReport report(@PathVariable long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("no impact report " + id));
    }

    @Operation(summary = "Acknowledge an impact report", description = "Records who read it and accepts its consequences; once only.")
    @PostMapping(path = "/impact-reports/{id}/acknowledgement", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ImpactReport acknowledge(@PathVariable long id, @RequestBody AcknowledgementRequest body, Principal principal) {
        return reports.acknowledge(id, who(principal, body.by()), body.note());
    }

    @Operation(summary = "Activate the draft of an acknowledged impact report",
            description = "Refused (409) when the report is not acknowledged or another version is active than the one it "
                    + "compared with. Evaluations already running finish on the version they started with.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/activations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Activation> activate(@RequestBody ActivationRequest body, Principal principal) {
        if (body.reportId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reportId is required: the acknowledged impact report of the draft");
        }
        Activation activation = activations.activate(body.reportId(), who(principal, body.by()), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(activation);
    }

    @Operation(summary = "Roll back to a version that was active before",
            description = "Without toVersion, to the version the active one replaced.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/rollbacks", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Activation> rollback(@RequestBody RollbackRequest body, Principal principal) {
        Activation activation = activations.rollback(body.toVersion(), who(principal, body.by()), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(activation);
    }

    @Operation(summary = "The active version, every activation and rollback, and the impact reports")
    @GetMapping(path = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetHistory versions() {
        return RuleSetHistory.of(activations, reports);
    }

    private static String who(Principal principal, String by) {
        return principal != null ? principal.getName() : by;
    }
}

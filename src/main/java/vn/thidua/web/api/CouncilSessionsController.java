package vn.thidua.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.council.BallotWorkbooks;
import vn.thidua.council.CouncilResult;
import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.council.SessionDraft;
import vn.thidua.council.SessionDrafts;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/** The council's sessions on stored runs over REST: record one, list a run's, read one with its results, its minutes as PDF. */
@RestController
@RequestMapping("/api/council")
class CouncilSessionsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CouncilSessions sessions;
    private final SessionDrafts drafts;
    private final BallotWorkbooks workbooks;
    private final RunScope scope;
    private final CurrentUser currentUser;
    private final long maxBytes;

    CouncilSessionsController(CouncilSessions sessions, SessionDrafts drafts, BallotWorkbooks workbooks, RunScope scope,
            CurrentUser currentUser, ThiduaProperties properties) {
        this.sessions = sessions;
        this.drafts = drafts;
        this.workbooks = workbooks;
        this.scope = scope;
        this.currentUser = currentUser;
        this.maxBytes = properties.imports().maxBytes();
    }

    @Operation(summary = "Record a council session on a stored run",
            description = "The session (docs/operations.md §11): date, time, place, council, every member with attendance "
                    + "(PRESENT, ABSENT_WRITTEN, ABSENT), chair and secretary, and per dossier the secret-ballot counts. Each "
                    + "dossier's result is computed under the vote rule in force on the session date. Answers 201 with the "
                    + "session and its results; 400 naming every bad field, and nothing stored; 404 when the run does not exist.")
    @RequestBody(description = "{heldOn, startsAt?, place, councilName, chair, secretary, members: [...], ballots: [...], "
            + "scheduleId?, scheduleSession?, supersedes?, note?}")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/runs/{runId}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CouncilSession> record(@PathVariable long runId, HttpServletRequest request) throws IOException {
        scope.check(runId);
        CouncilSession session = sessions.record(runId, RequestBodies.read(request, maxBytes), currentUser.get().username());
        return ResponseEntity.created(URI.create("/api/council/sessions/" + session.id())).body(session);
    }

    @Operation(summary = "Record a council session on a stored run from a filled ballot workbook (.xlsx)",
            description = "The workbook of GET …/ballot-sheet.xlsx with attendance and counts filled in (docs/operations.md §11.5). "
                    + "Answers as the JSON form does; each error's path names the sheet, row and column.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/runs/{runId}/sessions", consumes = XLSX, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CouncilSession> recordWorkbook(@PathVariable long runId, HttpServletRequest request) throws IOException {
        scope.check(runId);
        CouncilSession session = workbooks.record(runId, request.getInputStream(), currentUser.get().username());
        return ResponseEntity.created(URI.create("/api/council/sessions/" + session.id())).body(session);
    }

    @Operation(summary = "The ballot workbook of a run, pre-filled with a session's dossiers",
            description = "With scheduleId and scheduleSession, the session of a schedule built from the run: its date, room, "
                    + "members, dossiers and recusals; without, every dossier of the run the council may vote on.")
    @GetMapping(path = "/runs/{runId}/ballot-sheet.xlsx", produces = XLSX)
    ResponseEntity<byte[]> ballotSheet(@PathVariable long runId, @RequestParam(required = false) Long scheduleId,
            @RequestParam(required = false) String scheduleSession) {
        scope.check(runId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-bieu-quyet-" + runId + (scheduleSession == null ? "" : "-" + scheduleSession) + ".xlsx")
                        .build().toString())
                .body(workbooks.sheet(runId, scheduleId, scheduleSession));
    }

    @Operation(summary = "A session of a run to fill in: from a stored schedule's session, or the run's dossiers alone")
    @GetMapping(path = "/runs/{runId}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    SessionDraft draft(@PathVariable long runId, @RequestParam(required = false) Long scheduleId,
            @RequestParam(required = false) String scheduleSession) {
        scope.check(runId);
        return drafts.draft(runId, scheduleId, scheduleSession);
    }

    @Operation(summary = "The sessions of the schedules built from a run, to draft a session from")
    @GetMapping(path = "/runs/{runId}/schedule-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SessionDraft.Choice> scheduleSessions(@PathVariable long runId) {
        scope.check(runId);
        return drafts.choices(runId);
    }

    @Operation(summary = "The council sessions of a run, oldest first, each with its results")
    @GetMapping(path = "/runs/{runId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CouncilSession> ofRun(@PathVariable long runId) {
        scope.check(runId);
        return sessions.ofRun(runId);
    }

    @Operation(summary = "The council results that count for a run: per dossier, the latest session's not superseded")
    @GetMapping(path = "/runs/{runId}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CouncilResult> standing(@PathVariable long runId) {
        scope.check(runId);
        return sessions.standing(runId);
    }

    @Operation(summary = "The dossiers of a run the council may vote on, with names, units and whether a quota left them out")
    @GetMapping(path = "/runs/{runId}/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CouncilSessions.Dossier> dossiers(@PathVariable long runId) {
        scope.check(runId);
        return sessions.dossiers(runId);
    }

    @Operation(summary = "A council session with its members and each dossier's result")
    @GetMapping(path = "/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CouncilSession find(@PathVariable long id) {
        CouncilSession session = sessions.find(id).orElseThrow(() -> notFound(id));
        scope.check(session.runId());
        return session;
    }

    @Operation(summary = "The minutes of a session (Biên bản họp Hội đồng Thi đua - Khen thưởng) as PDF",
            description = "In Vietnamese; lang=en gives an English rendering of the same minutes.")
    @GetMapping(path = "/sessions/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(defaultValue = "vi") String lang) {
        CouncilSession session = sessions.find(id).orElseThrow(() -> notFound(id));
        scope.check(session.runId());
        byte[] pdf = sessions.minutes(id, Locale.forLanguageTag(lang)).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bien-ban-hop-hoi-dong-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no council session " + id);
    }
}

package vn.thidua.web.api;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.council.SchedulePostings;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;

/** Council schedules over REST: start a solve, follow it, stop it. */
@RestController
@RequestMapping("/api/schedules")
class ScheduleController {

    private final Schedules schedules;
    private final SchedulePostings postings;
    private final long maxBytes;

    ScheduleController(Schedules schedules, SchedulePostings postings, ThiduaProperties properties) {
        this.schedules = schedules;
        this.postings = postings;
        this.maxBytes = properties.imports().maxBytes();
    }

    @Operation(summary = "Start solving a scheduling request",
            description = "Takes a scheduling request (docs/request-and-result.md §4), stores it and solves it in the "
                    + "background for thidua.scheduling.seconds. Answers 202 with the schedule's id and status; the Location "
                    + "header names it. An invalid request is answered with 400 and every bad JSON path; 503 when every "
                    + "place for a schedule in progress is taken.")
    @RequestBody(description = "A scheduling request, schemaVersion 1")
    @ApiResponse(responseCode = "202", description = "Accepted: solving; Location names the schedule to follow")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScheduleView> submit(HttpServletRequest request) throws IOException {
        return accepted(schedules.submit(RequestBodies.read(request, maxBytes)));
    }

    @Operation(summary = "Start solving the dossiers of a stored evaluation run",
            description = "The run's ELIGIBLE decisions and those needing the council's judgement become dossiers, with "
                    + "minutes and deadlines from rules/scheduling/review.yaml; the body gives the council: {council, "
                    + "members, sessions, deadline?}. Answers as POST /api/schedules does; 404 when the run does not exist.")
    @RequestBody(description = "{council: {quorumPercent}, members: [...], sessions: [...], deadline?: YYYY-MM-DD}")
    @ApiResponse(responseCode = "202", description = "Accepted: solving; Location names the schedule to follow")
    @PostMapping(path = "/from-evaluation/{runId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScheduleView> submitFromEvaluation(@PathVariable long runId, HttpServletRequest request) throws IOException {
        return accepted(schedules.submitFromEvaluation(runId, RequestBodies.read(request, maxBytes))
                .orElseThrow(() -> new NotFoundException("no evaluation run " + runId)));
    }

    @Operation(summary = "A schedule: status (SOLVING, DONE, FAILED, STOPPED) and its best result so far")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ScheduleView find(@PathVariable long id) {
        return postings.withWarnings(schedules.find(id).orElseThrow(() -> notFound(id)));
    }

    @Operation(summary = "The scheduling request of a schedule, as stored")
    @GetMapping(path = "/{id}/request", produces = MediaType.APPLICATION_JSON_VALUE)
    String request(@PathVariable long id) {
        return schedules.request(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "Stop a schedule that is solving; its best result so far is kept (status STOPPED)")
    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ScheduleView stop(@PathVariable long id) {
        return schedules.stop(id).orElseThrow(() -> notFound(id));
    }

    private static ResponseEntity<ScheduleView> accepted(ScheduleView schedule) {
        return ResponseEntity.accepted().location(URI.create("/api/schedules/" + schedule.id())).body(schedule);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no schedule " + id);
    }
}

package vn.thidua.web.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.api.ConsultationViews.AnswerRequest;
import vn.thidua.web.api.ConsultationViews.OpinionRequest;
import vn.thidua.web.api.ConsultationViews.OpinionView;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/**
 * The Fatherland Front's supervision opinions over REST (docs/operations.md §19): read those of a run or a
 * list with their answers, file one (the committee overseeing the list's units), answer one (the secretariat).
 */
@RestController
@Tag(name = "Supervision opinions", description = "The Fatherland Front's opinions on published lists and the secretariat's answers")
class SupervisionOpinionsController {

    static final String OPINION_SAMPLE = """
            {"body": "Đề nghị niêm yết danh sách tại nhà văn hóa của cả ba thôn trước phiên họp Hội đồng."}""";

    private final SupervisionOpinions opinions;
    private final ResultRows rows;
    private final ListAccess lists;
    private final RunScope runs;
    private final CurrentUser currentUser;

    SupervisionOpinionsController(SupervisionOpinions opinions, ResultRows rows, ListAccess lists, RunScope runs,
            CurrentUser currentUser) {
        this.opinions = opinions;
        this.rows = rows;
        this.lists = lists;
        this.runs = runs;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The supervision opinions on every published list of a run, with their answers",
            description = "Oldest first, each with every version of the secretariat's answer. SECRETARIAT (own units), OVERSIGHT "
                    + "(units it oversees), COUNCIL, AUDITOR, ADMIN.")
    @GetMapping(path = "/api/evaluations/{runId}/opinions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OpinionView> ofRun(@PathVariable long runId) {
        runs.check(runId);
        return views(runId, opinions.ofRun(runId), currentUser.get());
    }

    @Operation(summary = "The supervision opinions on a published list, with their answers",
            description = "As for a run; 403 with the reason for a list of other units.")
    @GetMapping(path = "/api/public-lists/{id}/opinions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OpinionView> onList(@PathVariable long id) {
        Account me = currentUser.get();
        return views(lists.readable(id, me).runId(), opinions.onList(id), me);
    }

    @Operation(summary = "One supervision opinion with every version of its answer")
    @GetMapping(path = "/api/public-lists/{id}/opinions/{opinionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    OpinionView opinion(@PathVariable long id, @PathVariable long opinionId) {
        Account me = currentUser.get();
        long runId = lists.readable(id, me).runId();
        return views(runId, opinions.onList(id).stream().filter(t -> t.opinion().id() == opinionId).toList(), me).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("no supervision opinion " + opinionId + " on list " + id));
    }

    @Operation(summary = "File a supervision opinion on a published list or one of its candidates",
            description = "OVERSIGHT: the Fatherland Front committee of one of the run's units. On the whole list, or with subjectId "
                    + "and award on a candidate the list proposes, of a unit the committee oversees; at most 4,000 characters. Sealed "
                    + "as filed, never changed. 400 naming body or candidate (not proposed on the list); 403 with the reason naming "
                    + "list (none of the units it oversees) or candidate (of a unit it does not oversee); 404 for an unknown list. "
                    + "Nothing is stored then.")
    @ApiResponse(responseCode = "201", description = "Filed; Location names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OpinionRequest.class),
            examples = @ExampleObject(name = "sample", summary = "An opinion on the whole list", value = OPINION_SAMPLE)))
    @PostMapping(path = "/api/public-lists/{id}/opinions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpinionView> file(@PathVariable long id, @RequestBody OpinionRequest body) {
        Account me = currentUser.get();
        OpinionThread filed = opinions.file(id, body.subjectId(), body.award(), body.body(), me);
        return created(id, filed, me);
    }

    @Operation(summary = "Answer a supervision opinion, or supersede the answer in force",
            description = "As a comment is answered: body, status (ANSWERED, RESOLVED, FORWARDED), replaces (the id of the answer in "
                    + "force). SECRETARIAT of one of the run's units, ADMIN. 400 naming body, status or replaces; 403 with the reason; "
                    + "404 for an opinion not on the list; 409 naming replaces when it was answered meanwhile. Nothing is stored then.")
    @ApiResponse(responseCode = "201", description = "Stored; the opinion with every version of its answer, Location names it")
    @ApiResponse(responseCode = "409", description = "Answered meanwhile: read the new answer, then answer again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnswerRequest.class),
            examples = @ExampleObject(name = "sample", summary = "A first answer", value = PublicListsController.ANSWER_SAMPLE)))
    @PostMapping(path = "/api/public-lists/{id}/opinions/{opinionId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpinionView> answer(@PathVariable long id, @PathVariable long opinionId, @RequestBody AnswerRequest body) {
        Account me = currentUser.get();
        return created(id, opinions.answerReplacing(id, opinionId, body.body(), body.status(), body.replaces(), me), me);
    }

    private ResponseEntity<OpinionView> created(long listId, OpinionThread thread, Account me) {
        long runId = lists.readable(listId, me).runId();
        return ResponseEntity.created(URI.create("/api/public-lists/" + listId + "/opinions/" + thread.opinion().id()))
                .body(views(runId, List.of(thread), me).get(0));
    }

    private List<OpinionView> views(long runId, List<OpinionThread> threads, Account user) {
        var names = rows.names(runId, threads.stream().filter(t -> !t.opinion().onList()).map(t -> t.opinion().subjectId()).toList());
        boolean staff = ListAccess.staff(user);
        return threads.stream().map(t -> OpinionView.of(t, names, staff)).toList();
    }
}

package vn.thidua.web.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.accounts.Account;
import vn.thidua.audit.ResultRows;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.CommentStatus;
import vn.thidua.consultation.CommentThread;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.api.ConsultationViews.AnswerRequest;
import vn.thidua.web.api.ConsultationViews.CommentView;
import vn.thidua.web.api.ConsultationViews.ListView;
import vn.thidua.web.runs.RunScope;
import vn.thidua.web.site.CurrentUser;

/**
 * The comment loop over REST (docs/operations.md §18): a run's published lists, a list's comments with
 * every version of their answers, and the secretariat's answer, through the services the pages use.
 */
@RestController
@Tag(name = "Comments", description = "Published lists, the public's comments and the secretariat's answers")
class PublicListsController {

    static final String ANSWER_SAMPLE = """
            {"body": "Sáng kiến của bà Hoa đã được Hội đồng sáng kiến xã công nhận ngày 10/12/2025.", "status": "ANSWERED"}""";

    private final Consultations consultations;
    private final CommentAnswers answers;
    private final SupervisionOpinions opinions;
    private final ResultRows rows;
    private final ListAccess lists;
    private final RunScope runs;
    private final CurrentUser currentUser;

    PublicListsController(Consultations consultations, CommentAnswers answers, SupervisionOpinions opinions, ResultRows rows,
            ListAccess lists, RunScope runs, CurrentUser currentUser) {
        this.consultations = consultations;
        this.answers = answers;
        this.opinions = opinions;
        this.rows = rows;
        this.lists = lists;
        this.runs = runs;
        this.currentUser = currentUser;
    }

    @Operation(summary = "The lists of a run published for comment",
            description = "Oldest first, each with its window, posting and how many comments and supervision opinions are still "
                    + "unanswered. SECRETARIAT (own units), OVERSIGHT (units it oversees), COUNCIL, AUDITOR, ADMIN.")
    @GetMapping(path = "/api/evaluations/{runId}/public-lists", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ListView> ofRun(@PathVariable long runId) {
        runs.check(runId);
        return consultations.ofRun(runId).stream()
                .map(l -> ListView.of(l, answers.counts(l.id()), opinions.onList(l.id()))).toList();
    }

    @Operation(summary = "The comments on a published list with every version of their answers",
            description = "Oldest first; each comment's status is its newest answer's (OPEN while it has none). The commenter's name "
                    + "and contact and who answered are left out (null) for the Fatherland Front. SECRETARIAT (own units), "
                    + "OVERSIGHT (units it oversees), COUNCIL, AUDITOR, ADMIN; 403 with the reason for a list of other units.")
    @GetMapping(path = "/api/public-lists/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CommentView> comments(@PathVariable long id,
            @Parameter(description = "only the comments at this status: open, answered, resolved, forwarded (any case)")
            @RequestParam(required = false) String status) {
        Account me = currentUser.get();
        PublicList list = lists.readable(id, me);
        CommentStatus shown = status == null || status.isBlank() ? null : CommentStatus.named(status).orElseThrow(
                () -> new ValidationException(List.of(new FieldError("status", "Trạng thái \"" + status + "\" không có: open, answered,"
                        + " resolved hoặc forwarded (no status \"" + status + "\": open, answered, resolved or forwarded)"))));
        return views(list, answers.threads(id, shown), me);
    }

    @Operation(summary = "One comment on a published list with every version of its answer")
    @GetMapping(path = "/api/public-lists/{id}/comments/{commentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    CommentView comment(@PathVariable long id, @PathVariable long commentId) {
        Account me = currentUser.get();
        PublicList list = lists.readable(id, me);
        return views(list, answers.threads(consultations.comment(commentId).filter(c -> c.listId() == id).stream().toList()), me)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("no comment " + commentId + " on list " + id));
    }

    @Operation(summary = "Answer a comment, or supersede the answer in force",
            description = "A new version of the answer: its text (at most 4,000 characters) and status (ANSWERED, RESOLVED, "
                    + "FORWARDED to the council); replaces names the id of the answer in force it supersedes, absent for the first. "
                    + "Sealed in the audit chain; earlier versions are kept. SECRETARIAT of one of the run's units, ADMIN. 400 naming "
                    + "body, status or replaces; 403 with the reason for a comment of a list of another unit; 404 for a comment not "
                    + "on the list; 409 naming replaces when it was answered meanwhile. Nothing is stored then.")
    @ApiResponse(responseCode = "201", description = "Stored; the comment with every version of its answer, Location names it")
    @ApiResponse(responseCode = "409", description = "Answered meanwhile: read the new answer, then answer again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AnswerRequest.class),
            examples = @ExampleObject(name = "sample", summary = "A first answer", value = ANSWER_SAMPLE)))
    @PostMapping(path = "/api/public-lists/{id}/comments/{commentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommentView> answer(@PathVariable long id, @PathVariable long commentId, @RequestBody AnswerRequest body) {
        Account me = currentUser.get();
        CommentThread thread = answers.answerReplacing(id, commentId, body.body(), body.status(), body.replaces(), me);
        PublicList list = consultations.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/public-lists/" + id + "/comments/" + commentId))
                .body(views(list, List.of(thread), me).get(0));
    }

    private List<CommentView> views(PublicList list, List<CommentThread> threads, Account user) {
        var names = rows.names(list.runId(), threads.stream().map(t -> t.comment().subjectId()).toList());
        boolean staff = ListAccess.staff(user);
        return threads.stream().map(t -> CommentView.of(t, names, staff)).toList();
    }
}

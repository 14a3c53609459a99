package vn.thidua.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;

import vn.thidua.consultation.ConsultationException;

/**
 * The comment loop's refusals over REST as problem details naming the field, in Vietnamese and English
 * ({@code "vi (en)"}, as the other refusals of the API): 400 bad input, 403 with the reason when the
 * list, comment or candidate is of a unit the user is not responsible for, 404 for an unknown id, 409
 * when someone answered meanwhile. Nothing was stored.
 */
@RestControllerAdvice(assignableTypes = {PublicListsController.class, SupervisionOpinionsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationProblems {

    @ExceptionHandler(ConsultationException.class)
    ProblemDetail refused(ConsultationException e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return problem(status, e.field(), e.messageVi() + " (" + e.getMessage() + ")");
    }

    // A list or run of other units: the reason, which the security filters' generic 403 would not give.
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("urn:thidua:problem:forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }

    // A body that is not JSON, or a field of the wrong type: the field named by its path.
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String path = e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()
                ? j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "$";
        String what = path.equals("$") ? "the body is not a JSON object" : "is not of the type expected";
        return problem(HttpStatus.BAD_REQUEST, path, "Nội dung gửi không đọc được: " + (path.equals("$") ? "không phải JSON"
                : "sai kiểu dữ liệu") + " (" + what + ")");
    }

    private static ProblemDetail problem(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        problem.setType(URI.create("urn:thidua:problem:" + switch (status) {
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            default -> "invalid-request";
        }));
        problem.setTitle(switch (status) {
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Answered meanwhile";
            default -> "Invalid request";
        });
        problem.setProperty("errors", List.of(Map.of("path", field, "message", message)));
        return problem;
    }
}

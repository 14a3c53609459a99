package vn.thidua.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.RequestTooLargeException;
import vn.thidua.dossier.ValidationException;
import vn.thidua.eligibility.engine.EvaluationLimitException;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.governance.RuleChangeException;
import vn.thidua.scheduling.SchedulerBusyException;
import vn.thidua.system.NotFoundException;

/**
 * Errors of the REST API as RFC 9457 problem details; an invalid request carries every bad path.
 * Spring MVC's own errors (415, 405, ...) become problem details through
 * {@code spring.mvc.problemdetails.enabled}; this advice goes first so that its handlers win.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetails {

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return invalid(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large", e.errors());
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        return invalid(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        String value = e.getValue() == null ? "" : e.getValue().toString();
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "unknown value \"" + value + "\"; expected one of " + Arrays.stream(type.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "))
                : "\"" + value + "\" is not a valid " + (type == null ? "value" : type.getSimpleName().toLowerCase(Locale.ROOT));
        return invalid(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                List.of(new FieldError(e.getName(), message)));
    }

    @ExceptionHandler(EvaluationLimitException.class)
    ProblemDetail limit(EvaluationLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:thidua:problem:evaluation-limit"));
        problem.setTitle("Evaluation stopped by a limit");
        return problem;
    }

    @ExceptionHandler(SchedulerBusyException.class)
    ProblemDetail busy(SchedulerBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("urn:thidua:problem:scheduler-busy"));
        problem.setTitle("Too many schedules in progress");
        return problem;
    }

    @ExceptionHandler(RunNotStoredException.class)
    ProblemDetail notStored(RunNotStoredException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Run not stored");
        return problem;
    }

    @ExceptionHandler(RuleChangeException.class)
    ProblemDetail refused(RuleChangeException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Rule change refused");
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:thidua:problem:not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail invalid(HttpStatus status, String type, String title, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.size() == 1 ? errors.get(0).toString()
                : errors.size() + " problems in the request; see errors");
        problem.setType(URI.create("urn:thidua:problem:" + type));
        problem.setTitle(title);
        problem.setProperty("errors", errors.stream().map(e -> Map.of("path", e.path(), "message", e.message())).toList());
        return problem;
    }
}

package de.klimaflow.platform.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Every error of the public API as {@code application/problem+json} (RFC 9457) in the caller's language
 * (Accept-Language, German by default). Invalid fields are listed one by one under {@code errors}
 * ({@code field}, {@code message}); nothing names a Java class or shows a stack trace.
 */
@RestControllerAdvice(annotations = PublicApi.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** One invalid field. */
    public record FieldProblem(String field, String message) {}

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    /** A problem with a title and detail from the bundles ({@code api.problem.<kind>.title/.detail}). */
    public ProblemDetail problem(HttpStatusCode status, String kind, Object... detailArguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("api.problem." + kind + ".detail", detailArguments, locale));
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", null, locale));
        problem.setType(URI.create("urn:klimaflow:problem:" + kind));
        return problem;
    }

    /** As {@link #problem}, with one field named as the culprit. */
    public ProblemDetail fieldProblem(HttpStatusCode status, String kind, String field, String messageKey) {
        ProblemDetail problem = problem(status, kind);
        problem.setProperty(
                "errors",
                List.of(new FieldProblem(
                        field, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()))));
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(invalid.getBindingResult()));
    }

    /** 400 with one entry per invalid field, for a body the controller validated itself. */
    public ProblemDetail invalidFields(BindingResult result) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid");
        List<FieldProblem> fields = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        problem.setProperty("errors", fields);
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable");
        if (unreadable.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
                    .reduce((a, b) -> a + "." + b)
                    .orElse("");
            problem.setProperty(
                    "errors",
                    List.of(new FieldProblem(
                            field, messages.getMessage("typeMismatch", null, LocaleContextHolder.getLocale()))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Whatever else went wrong: a calm 500 that names nothing internal (the log has the details); or, while
     * the database is unreachable, 503 with Retry-After, as the pages answer (platform.DatabaseOutage).
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException failure) {
        if (DatabaseUnavailable.isOutage(failure)) {
            logger.warn("Database unavailable, public API answered 503: " + failure.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable"));
        }
        logger.error("Public API request failed", failure);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "failed"));
    }

    /** The body is larger than the API takes (platform.PublicBodyLimit). */
    public static Map<String, Object> tooLarge(MessageSource messages, Locale locale, long limit) {
        return Map.of(
                "type",
                "urn:klimaflow:problem:too-large",
                "status",
                413,
                "title",
                messages.getMessage("api.problem.too-large.title", null, locale),
                "detail",
                messages.getMessage("api.problem.too-large.detail", new Object[] {limit / 1024}, locale));
    }
}

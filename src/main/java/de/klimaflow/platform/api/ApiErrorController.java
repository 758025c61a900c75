package de.klimaflow.platform.api;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The errors that reach the API before any controller (no such path, a method it does not take, a client with too
 * many requests in flight, a body too slow to arrive) answer as its controllers' errors do: a problem in the caller's
 * language. Everything else keeps Spring Boot's error handling, and browsers the public error pages.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final ApiProblems problems;

    ApiErrorController(
            ErrorAttributes attributes,
            ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers,
            ApiProblems problems) {
        super(attributes, server.getError(), resolvers.orderedStream().toList());
        this.problems = problems;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !uri.startsWith(PublicApi.PREFIX + "/")) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        // a body without a length that outgrew the server's limit for any body (1 MB) before it was read
        ProblemDetail problem = status == HttpStatus.PAYLOAD_TOO_LARGE
                ? problems.problem(status, "too-large", 1024)
                : problems.problem(status, kind(status));
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header("Retry-After", "10");
        }
        return (ResponseEntity) answer.body(problem);
    }

    private static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no-path";
            case METHOD_NOT_ALLOWED -> "method";
            case REQUEST_TIMEOUT -> "too-slow";
            case SERVICE_UNAVAILABLE -> "busy";
            default -> status.is5xxServerError() ? "failed" : "rejected";
        };
    }
}

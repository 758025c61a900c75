package de.klimaflow.platform.api;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The errors that reach the API before any controller (no such path, a method it does not take, a client with too
 * many requests in flight, a body too slow to arrive) answer as its controllers' errors do: a problem in the caller's
 * language. Any other path answers with the public error page, or Spring Boot's JSON when JSON is asked for.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final ApiProblems problems;
    private final ViewResolver views;

    ApiErrorController(
            ErrorAttributes attributes,
            ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers,
            ApiProblems problems,
            @Qualifier("thymeleafViewResolver") ViewResolver views) {
        super(attributes, server.getError(), resolvers.orderedStream().toList());
        this.problems = problems;
        this.views = views;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public @Nullable ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !uri.startsWith(PublicApi.PREFIX + "/")) {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains("json")) {
                return super.error(request);
            }
            // a page answers as a page unless JSON is asked for: Accept */* (curl, crawlers) gets the error page too
            HttpServletResponse response = java.util.Objects.requireNonNull(
                    ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse());
            ModelAndView page = errorHtml(request, response);
            try {
                View view = java.util.Objects.requireNonNull(
                        views.resolveViewName(String.valueOf(page.getViewName()), LocaleContextHolder.getLocale()));
                view.render(page.getModel(), request, response);
            } catch (Exception failed) {
                throw new IllegalStateException("the error page did not render", failed);
            }
            return null; // answered
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

package de.klimaflow.ui.portal;

import java.util.Map;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error a browser sees is one calm page in the user's language, inside the public layout (with a
 * way back to the staff UI for staff): 400, 403, 404, 405, 413, 503, or a general one. It names no
 * exception, class or SQL. API clients keep Spring's JSON answer.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private static final java.util.Set<Integer> EXPLAINED = java.util.Set.of(400, 403, 404, 405, 413, 503);

    private final PageFrame frame;

    ErrorPages(PageFrame frame) {
        this.frame = frame;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        String kind = EXPLAINED.contains(code) ? Integer.toString(code) : code >= 500 ? "500" : "400";
        return new ModelAndView(
                "error/page",
                Map.of(
                        "status",
                        code,
                        "kind",
                        kind,
                        "agency",
                        frame.agency(),
                        "home",
                        frame.home(),
                        "staff",
                        frame.staff(),
                        "currentPath",
                        frame.currentPath(request)),
                status);
    }
}

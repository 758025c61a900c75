package de.klimaflow.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin answers every path with its bootstrap page and status 200, and only the browser learns that
 * the route does not exist (vaadin/flow#17356). This listener gives such a first request the status 404;
 * the page itself then shows {@link NotFoundView}.
 */
@Component
class UnknownRouteStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            String pathInfo = page.getVaadinRequest().getPathInfo();
            String route =
                    pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "").replaceFirst("/+$", "");
            if (RouteConfiguration.forApplicationScope().getRoute(route).isEmpty()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}

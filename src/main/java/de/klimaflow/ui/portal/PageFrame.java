package de.klimaflow.ui.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.Links;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What {@code templates/portal/layout.html} needs on every server-rendered page: the agency, the path
 * for the language switch, and whether a staff member is signed in (then the header links back to the
 * staff UI). Nothing here touches the database, so the frame renders during a database outage too.
 */
@ControllerAdvice
public class PageFrame {

    private final AgencyProperties agency;

    public PageFrame(AgencyProperties agency) {
        this.agency = agency;
    }

    @ModelAttribute("agency")
    public AgencyProperties agency() {
        return agency;
    }

    /** Where the agency name in the header leads: the public start page. */
    @ModelAttribute("home")
    public String home() {
        return Links.START;
    }

    @ModelAttribute("staff")
    public boolean staff() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    /** The page's own path (on an error page: the path that failed), for the language links. */
    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/") && !path.startsWith("//") ? path : Links.PUBLIC_CALENDAR;
    }
}

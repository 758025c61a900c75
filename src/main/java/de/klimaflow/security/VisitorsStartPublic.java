package de.klimaflow.security;

import java.io.IOException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import de.klimaflow.platform.Links;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who arrives at the root without being signed in is a citizen, not a colleague: they go to the public start page,
 * which links the staff login. Signed-in staff get their task list there as before.
 */
final class VisitorsStartPublic extends OncePerRequestFilter {

    private final RequestMatcher root;

    VisitorsStartPublic(RequestMatcher root) {
        this.root = root;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (root.matches(request) && (user == null || user instanceof AnonymousAuthenticationToken)) {
            response.sendRedirect(Links.START);
            return;
        }
        chain.doFilter(request, response);
    }
}

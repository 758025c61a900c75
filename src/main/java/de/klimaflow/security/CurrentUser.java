package de.klimaflow.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in staff member, as services see them. */
@Component
public class CurrentUser {

    private static final String ROLE_PREFIX = "ROLE_";

    /** The user id, or empty for anonymous visitors. */
    public Optional<String> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    public String requireId() {
        return id().orElseThrow(() -> new NotSignedInException());
    }

    /** The Camunda group ids of the current user. */
    public List<String> groups() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || id().isEmpty()) {
            return List.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .toList();
    }

    public boolean isIn(String groupId) {
        return groups().contains(groupId);
    }

    public static class NotSignedInException extends IllegalStateException {
        NotSignedInException() {
            super("no user is signed in");
        }
    }
}

package de.klimaflow.security;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Authenticates every login (Vaadin form, HTTP Basic on the REST API and actuator) against Camunda's
 * identity service, so an operator creates a colleague once in Camunda Admin and that colleague can
 * work everywhere. Failed tries are slowed down by {@link LoginThrottle}; Camunda's own lock-out is
 * switched off in the configuration, because it let anyone lock any account for good. Every failed or
 * refused try gets the same answer after about the same time, whether the name exists or not.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    /** The least time a failed try takes, so its answer tells nothing about why it failed. */
    static final Duration FAILURE_TIME = Duration.ofMillis(250);

    private static final int MAX_NAME = 64;

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        long started = System.nanoTime();
        String userId = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        if (userId.isBlank() || userId.length() > MAX_NAME || credentials == null) {
            throw failure(started);
        }
        if (!throttle.waitFor(userId, client).isZero()) {
            throttle.refused();
            throw failure(started);
        }
        // false for an unknown name too, after the same look-up: the answer tells nothing
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(userId, client);
            throw failure(started);
        }
        throttle.succeeded(userId, client);
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(userId));
    }

    /** The one answer to every failed try, given no sooner than {@link #FAILURE_TIME} after it began. */
    private static BadCredentialsException failure(long started) {
        long leftMillis = FAILURE_TIME.toMillis()
                - Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (leftMillis > 0) {
            try {
                Thread.sleep(leftMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new BadCredentialsException("bad credentials");
    }

    List<GrantedAuthority> authorities(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(Groups::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

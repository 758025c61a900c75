package de.klimaflow.support;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.security.Groups;

/** One test account per group, created in Camunda's identity service like a real colleague. */
public final class TestUsers {

    public static final String PASSWORD = "Test-Passwort-1";
    public static final String EVENT_TEAM = "test-event";
    public static final String REGISTRATION_DESK = "test-desk";
    public static final String ADVISOR = "test-advisor";
    public static final String SECOND_ADVISOR = "test-advisor2";
    public static final String MANAGEMENT = "test-manager";
    public static final String OPERATOR = "test-operator";

    /** user id and its group, in the order of {@link Groups#ALL} */
    public static final List<String[]> ALL = List.of(
            new String[] {EVENT_TEAM, Groups.EVENT_TEAM},
            new String[] {REGISTRATION_DESK, Groups.REGISTRATION_DESK},
            new String[] {ADVISOR, Groups.ADVISORS},
            new String[] {SECOND_ADVISOR, Groups.ADVISORS},
            new String[] {MANAGEMENT, Groups.MANAGEMENT},
            new String[] {OPERATOR, Groups.OPERATORS});

    public static void ensure(IdentityService identity) {
        for (String[] user : ALL) {
            if (identity.createUserQuery().userId(user[0]).count() == 0) {
                User created = identity.newUser(user[0]);
                created.setFirstName("Test");
                created.setLastName(user[0]);
                created.setEmail(user[0] + "@klimaflow.example");
                created.setPassword(PASSWORD);
                identity.saveUser(created);
                identity.createMembership(user[0], user[1]);
            }
        }
    }

    /** Signs the user in on this thread through the real authentication provider. */
    public static Authentication signIn(CamundaIdentityAuthenticationProvider provider, String userId) {
        Authentication auth =
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(userId, PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TestUsers() {}
}

package de.klimaflow.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Failed logins are slowed down per account and per client, never locked for good, and every failure
 * looks the same, whether the name exists or not.
 */
@KlimaflowTest
class LoginTest {

    private static final String USER = "test-login";
    private static final String PASSWORD = "Richtig-123";
    private static final String LOCALHOST = "127.0.0.1";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationContext context;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    TestClock clock;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void user() {
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            User user = identityService.newUser(USER);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(USER, Groups.EVENT_TEAM);
        }
    }

    @AfterEach
    void reset() {
        clock.reset();
        throttle.forgetAll();
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(new WebSession(port).login(USER, PASSWORD)).endsWith("/");
    }

    @Test
    void aStrangersFailuresSlowTheAccountDownButNeverLockItForGood() {
        WebSession stranger = new WebSession(port);
        for (int attempt = 1; attempt <= LoginThrottle.ACCOUNT.freeFailures(); attempt++) {
            assertThat(stranger.login(USER, "geraten-" + attempt)).endsWith("/login?error");
        }
        // the free failures are used up, but nothing waits yet: the owner still gets in at once
        assertThat(new WebSession(port).login(USER, PASSWORD)).endsWith("/");

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(stranger.login(USER, "geraten-" + attempt)).endsWith("/login?error");
            clock.advance(LoginThrottle.ACCOUNT.maxDelay()); // the stranger waits out each delay, so every guess counts
        }
        stranger.login(USER, "noch-einer");
        // right after a counted failure even the right password is refused, with the same answer ...
        assertThat(new WebSession(port).login(USER, PASSWORD)).endsWith("/login?error");
        assertThat(throttle.waitFor(USER, LOCALHOST)).isPositive().isLessThanOrEqualTo(LoginThrottle.ACCOUNT.maxDelay());
        // ... and after the longest delay, however many guesses there were, the owner gets in
        clock.advance(LoginThrottle.ACCOUNT.maxDelay());
        assertThat(new WebSession(port).login(USER, PASSWORD)).endsWith("/");
        // Camunda's own lock-out is off: the engine itself accepts the password after all those failures
        assertThat(identityService.checkPassword(USER, PASSWORD)).isTrue();
    }

    @Test
    void unknownNamesAreSlowedDownLikeKnownOnes() {
        WebSession web = new WebSession(port);
        double refusedBefore = meters.counter("klimaflow.login.failures", "reason", "throttled").count();
        for (int attempt = 0; attempt <= LoginThrottle.ACCOUNT.freeFailures(); attempt++) {
            assertThat(web.login("niemand-7", "geraten")).endsWith("/login?error");
        }
        assertThat(throttle.waitFor("niemand-7", LOCALHOST)).as("an unknown name is throttled too").isPositive();
        assertThat(web.login("NIEMAND-7", "geraten")).as("the name's case does not reset the count").endsWith("/login?error");
        assertThat(meters.counter("klimaflow.login.failures", "reason", "throttled").count()).isGreaterThan(refusedBefore);
    }

    @Test
    void aClientTryingManyNamesIsSlowedDown() {
        WebSession web = new WebSession(port);
        for (int attempt = 0; attempt <= LoginThrottle.CLIENT.freeFailures(); attempt++) {
            web.login("name-" + attempt, "geraten");
        }
        assertThat(throttle.waitFor("ein-neuer-name", LOCALHOST)).as("per client, whatever the name").isPositive();
    }

    @Test
    void everyFailureShowsTheSameMessage() {
        String unknown = new WebSession(port).login("gibt-es-nicht", "geraten");
        String known = new WebSession(port).login(USER, "geraten");
        assertThat(unknown).isEqualTo(known).endsWith("/login?error");

        BrowserlessUi.open(context, null);
        try {
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                    .contains("Benutzername oder Passwort ist falsch").doesNotContain("gesperrt");
            assertThat(_find(Paragraph.class, spec -> spec.withClasses("demo-warning")))
                    .as("outside the demo profile the login page warns of nothing").isEmpty();
        } finally {
            BrowserlessUi.close();
        }
    }
}

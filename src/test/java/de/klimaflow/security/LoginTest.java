package de.klimaflow.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

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
import de.klimaflow.support.LoopbackClient;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.WebSession;

import io.micrometer.core.instrument.MeterRegistry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are slowed down per client, per client and account, and per account for clients that failed
 * themselves: never locked, the owner gets in while an attack goes on, and every failure looks the same, whether
 * the name exists or not.
 */
@KlimaflowTest
class LoginTest {

    private static final String USER = "test-login";
    private static final String PASSWORD = "Richtig-123";
    private static final String LOCALHOST = "127.0.0.1";
    private static final String OPERATOR = "test-login-operator";

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
    void theOwnerGetsInThroughTheFormWhileAStrangerKeepsFailingAgainstTheAccount() {
        WebSession stranger = new WebSession(port);
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(stranger.login(USER, "geraten-" + attempt)).endsWith("/login?error");
            clock.advance(Duration.ofSeconds(7)); // an attack that goes on
        }
        assertThat(throttle.waitFor(USER, LOCALHOST)).as("the stranger waits").isPositive();
        // the owner, from an address that has not failed, gets in while the attack goes on ...
        assertThat(new LoopbackClient("127.0.0.2", port).login(USER, PASSWORD)).endsWith("/");
        assertThat(stranger.login(USER, "noch-einer")).endsWith("/login?error");
        assertThat(new LoopbackClient("127.0.0.2", port).login(USER, PASSWORD)).endsWith("/");
        // ... even with the right password the stranger's own address still waits, with the same answer
        assertThat(stranger.login(USER, PASSWORD)).endsWith("/login?error");
        // Camunda's own lock-out is off: the engine itself accepts the password after all those failures
        assertThat(identityService.checkPassword(USER, PASSWORD)).isTrue();
    }

    @Test
    void theOperatorGetsIntoTheRestApiWhileAStrangerKeepsFailingWithBasic() {
        if (identityService.createUserQuery().userId(OPERATOR).count() == 0) {
            User operator = identityService.newUser(OPERATOR);
            operator.setPassword(PASSWORD);
            identityService.saveUser(operator);
            identityService.createMembership(OPERATOR, Groups.OPERATORS);
        }
        String wrong =
                "Basic " + Base64.getEncoder().encodeToString((OPERATOR + ":falsch").getBytes(StandardCharsets.UTF_8));
        String right = "Basic "
                + Base64.getEncoder().encodeToString((OPERATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        LoopbackClient stranger = new LoopbackClient("127.0.0.4", port);
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(stranger.get("/engine-rest/engine", "Authorization", wrong)
                            .status())
                    .isEqualTo(401);
            clock.advance(Duration.ofSeconds(7));
        }
        assertThat(stranger.get("/engine-rest/engine", "Authorization", right).status())
                .as("the stranger's address waits")
                .isEqualTo(401);
        assertThat(new LoopbackClient("127.0.0.3", port)
                        .get("/engine-rest/engine", "Authorization", right)
                        .status())
                .as("the operator elsewhere, during the attack")
                .isEqualTo(200);
    }

    @Test
    void unknownNamesAreSlowedDownLikeKnownOnes() {
        WebSession web = new WebSession(port);
        double refusedBefore = meters.counter("klimaflow.login.failures", "reason", "throttled")
                .count();
        for (int attempt = 0; attempt <= LoginThrottle.PAIR.freeFailures(); attempt++) {
            assertThat(web.login("niemand-7", "geraten")).endsWith("/login?error");
        }
        assertThat(throttle.waitFor("niemand-7", LOCALHOST))
                .as("an unknown name is throttled too")
                .isPositive();
        assertThat(web.login("NIEMAND-7", "geraten"))
                .as("the name's case does not reset the count")
                .endsWith("/login?error");
        assertThat(meters.counter("klimaflow.login.failures", "reason", "throttled")
                        .count())
                .isGreaterThan(refusedBefore);
    }

    @Test
    void aClientTryingManyNamesIsSlowedDown() {
        WebSession web = new WebSession(port);
        for (int attempt = 0; attempt <= LoginThrottle.CLIENT.freeFailures(); attempt++) {
            web.login("name-" + attempt, "geraten");
        }
        assertThat(throttle.waitFor("ein-neuer-name", LOCALHOST))
                .as("per client, whatever the name")
                .isPositive();
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
                    .contains("Benutzername oder Passwort ist falsch")
                    .doesNotContain("gesperrt");
            assertThat(_find(Paragraph.class, spec -> spec.withClasses("demo-warning")))
                    .as("outside the demo profile the login page warns of nothing")
                    .isEmpty();
        } finally {
            BrowserlessUi.close();
        }
    }
}

package de.klimaflow.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider.AccountLockedException;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.WebSession;

/** Bad logins get a clear message; repeated failures lock the account for a growing while. */
@KlimaflowTest
class LoginTest {

    private static final String USER = "test-login";
    private static final String PASSWORD = "Richtig-123";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void user() {
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            User user = identityService.newUser(USER);
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(USER, Groups.EVENT_TEAM);
        }
        identityService.unlockUser(USER);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.unlockUser(USER);
    }

    @Test
    void rightPasswordSignsIn() {
        assertThat(new WebSession(port).login(USER, PASSWORD)).endsWith("/");
    }

    @Test
    void failedLoginLocksTheAccountForAWhile() {
        WebSession web = new WebSession(port);
        assertThat(web.login(USER, "falsch")).endsWith("/login?error");
        // right after a failure even the right password is refused ...
        assertThat(web.login(USER, PASSWORD)).endsWith("/login?error");
        // ... and once the lock has run out (engine clock moved on) it works again
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(10))));
        assertThat(web.login(USER, PASSWORD)).endsWith("/");
    }

    @Test
    void locksGrowWithEachFailure() {
        WebSession web = new WebSession(port);
        long previousLockMillis = 0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            web.login(USER, "falsch-" + attempt);
            Date lockedUntil = ((UserEntity) identityService.createUserQuery().userId(USER).singleResult())
                    .getLockExpirationTime();
            long lockMillis = lockedUntil.getTime() - ClockUtil.getCurrentTime().getTime();
            assertThat(lockMillis).as("lock after failure " + attempt).isGreaterThan(previousLockMillis);
            previousLockMillis = lockMillis;
            // wait out the lock on the engine clock, so the next attempt is counted again
            ClockUtil.setCurrentTime(new Date(lockedUntil.getTime() + 1000));
        }
    }

    @Test
    void loginViewSaysWhyTheLoginFailed() {
        BrowserlessUi.open(context, null);
        try {
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(i18nSentToBrowser(form)).contains("Benutzername oder Passwort ist falsch");

            Date until = Date.from(java.time.Instant.parse("2026-12-03T17:05:00Z"));
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new AccountLockedException(until));
            UI.getCurrent().navigate("login", QueryParameters.of("error", "1"));
            // German date and time, Europe/Berlin (UTC+1 in December)
            assertThat(i18nSentToBrowser(_get(LoginForm.class)))
                    .contains("gesperrt").contains("03.12.2026 18:05");
        } finally {
            BrowserlessUi.close();
        }
    }

    /** The texts the login form shows, as the component sends them to the browser. */
    private static String i18nSentToBrowser(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}

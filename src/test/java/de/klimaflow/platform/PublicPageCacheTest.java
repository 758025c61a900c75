package de.klimaflow.platform;

import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.events.EventService;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages are kept for a moment per path and language: a change that bypasses JPA (here a plain SQL
 * update, like another node's change) shows once the moment has passed; a change committed through JPA
 * on this node shows at once; signed-in staff and other languages never get the anonymous German copy.
 */
@KlimaflowTest
class PublicPageCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    long event;
    String page;

    @BeforeEach
    void publishedEvent() {
        TestUsers.ensure(identityService);
        event = fixtures.publishedForum(30, 20);
        page = Links.eventPage(event);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChangeOutsideThisNodeShowsOnceThePageIsNoLongerFresh() {
        WebSession visitor = new WebSession(port);
        String before = visitor.get(page).body();
        String title = events.overviewOf(event).orElseThrow().title();
        assertThat(before).contains(title);

        jdbc.update("update event set title = ? where id = ?", "Anderswo geändert " + event, event);
        assertThat(visitor.get(page).body()).as("still the kept rendering").isEqualTo(before);
        assertThat(new WebSession(port).get(page, "Accept-Language", "en").body())
                .as("English is rendered on its own")
                .contains("Anderswo geändert " + event);

        clock.advance(Duration.ofSeconds(3));
        assertThat(visitor.get(page).body())
                .contains("Anderswo geändert " + event)
                .doesNotContain(title);
    }

    @Test
    void aChangeCommittedOnThisNodeShowsAtOnce() {
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get(page).body()).contains("Noch 30 von 30 Plätzen frei");
        long evening = fixtures.parts(event).get(0);

        registrations.changeCapacity(evening, 45);

        assertThat(visitor.get(page).body())
                .contains("Noch 45 von 45 Plätzen frei")
                .doesNotContain("von 30 Plätzen");
    }

    @Test
    void staffSeeTheirOwnHeaderAndVisitorsNeverDo() {
        WebSession visitor = new WebSession(port);
        String anonymous = visitor.get(Links.PUBLIC_CALENDAR).body();
        assertThat(anonymous).doesNotContain("/logout");

        WebSession staff = new WebSession(port);
        staff.login(TestUsers.EVENT_TEAM, TestUsers.PASSWORD);
        assertThat(staff.get(Links.PUBLIC_CALENDAR).body()).contains("/logout");

        assertThat(visitor.get(Links.PUBLIC_CALENDAR).body())
                .doesNotContain("/logout")
                .doesNotContain("_csrf");
    }

    @Test
    void aConditionalRequestThatFindsNoKeptPageStillKeepsTheRenderedPage() {
        WebSession visitor = new WebSession(port);
        var first = visitor.get(page);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        clock.advance(Duration.ofSeconds(3));

        assertThat(visitor.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);
        jdbc.update("update event set title = ? where id = ?", "Nach der Nachfrage geändert " + event, event);

        assertThat(visitor.get(page).body())
                .as("the page rendered for the conditional request was kept")
                .isEqualTo(first.body());
    }

    @Test
    void theRegistrationFormBelowAnEventPageIsNeverShared() {
        String form = Links.registrationForm(event);
        WebSession first = new WebSession(port);
        first.get(form); // the first answer sets the session cookie
        String firstPage = first.get(form).body();
        WebSession second = new WebSession(port);
        second.get(form);
        String secondPage = second.get(form).body();
        // each rendering masks the CSRF token anew; a shared page would be the same to the byte
        assertThat(WebSession.fieldValue(secondPage, "_csrf")).isNotEqualTo(WebSession.fieldValue(firstPage, "_csrf"));
        assertThat(secondPage).isNotEqualTo(firstPage);
    }

    @Test
    void aKeptPageStillAnswersConditionalRequests() {
        WebSession visitor = new WebSession(port);
        String etag = visitor.get(page).headers().firstValue("ETag").orElseThrow();
        var again = visitor.get(page, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var other = visitor.get(page, "If-None-Match", "\"0123\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).hasValue(etag);
        assertThat(other.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'none'");
    }
}

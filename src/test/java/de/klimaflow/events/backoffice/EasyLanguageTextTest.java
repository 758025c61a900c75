package de.klimaflow.events.backoffice;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventService;
import de.klimaflow.platform.Links;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The event team's text in Leichte Sprache: written on the event page, shown on the public page and in the API. */
@KlimaflowTest
class EasyLanguageTextTest {

    @Autowired
    de.klimaflow.registration.RegistrationFixtures fixtures;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    EventService events;

    @Autowired
    EventHistory history;

    @Autowired
    de.klimaflow.events.process.EventPlanningFlow planning;

    @LocalServerPort
    int port;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void theEventTeamWritesItAndThePublicReadsItAsGermanText() throws Exception {
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        fixtures.approve(event);
        WebSession web = new WebSession(port);
        assertThat(web.get(Links.eventPage(event)).body())
                .as("no heading without a text")
                .doesNotContain("class=\"easy-language\"");

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        TextArea text = _get(TextArea.class, spec -> spec.withClasses("easy-language-text"));
        HasValueUtilsKt._setValue(text, "Satz. ".repeat(EventRules.MAX_EASY_LANGUAGE / 6 + 1));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("easy-language-save")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isNotBlank();
        assertThat(events.find(event).orElseThrow().getEasyLanguage())
                .as("nothing stored")
                .isNull();

        String written = "Das Forum ist für Menschen aus dem Gemeinde·rat.\n"
                + "Wir sprechen über Wärme.\n<script>alert(1)</script>";
        text = _get(TextArea.class, spec -> spec.withClasses("easy-language-text"));
        HasValueUtilsKt._setValue(text, written);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("easy-language-save")));
        assertThat(events.find(event).orElseThrow().getEasyLanguage()).isEqualTo(written);
        assertThat(history.changes(event))
                .extracting(EventHistory.EventChangeEntry::item)
                .containsExactly("easyLanguage");

        HttpResponse<String> page = web.get(Links.eventPage(event));
        assertThat(page.body())
                .contains("<h2 id=\"easy-language\">In Leichter Sprache</h2>")
                .contains("lang=\"de\">Das Forum ist für Menschen aus dem Gemeinde·rat.")
                .as("text, never HTML")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert");
        assertThat(web.get(Links.API + "/events/" + event).body())
                .contains("\"easyLanguage\":\"Das Forum ist für Menschen");

        planning.cancel(event, "Referent erkrankt");
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        _assertNone(Details.class, spec -> spec.withClasses("easy-language"));
    }
}

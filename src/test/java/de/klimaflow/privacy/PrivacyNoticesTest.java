package de.klimaflow.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.platform.Links;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Each public form shows the notice of its own purpose and asks consent for that purpose only. */
@KlimaflowTest
class PrivacyNoticesTest {

    private static final String EVENT_NOTICE = "Sechs Monate nach der Veranstaltung";
    private static final String EVENT_CONSENT = "für diese Veranstaltung einverstanden";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixtures fixtures;

    @Test
    void theConsultationTheNetworkAndTheEventFormsEachShowTheirOwnNoticeAndConsent() {
        WebSession visitor = new WebSession(port);

        String consultation = visitor.get(Links.CONSULTATION).body();
        assertThat(consultation)
                .contains("Nach Abschluss der Beratung und des Förderverfahrens")
                .contains("für die Beratung meiner Kommune einverstanden")
                .doesNotContain(EVENT_NOTICE, EVENT_CONSENT);

        String join = visitor.get(Links.NETWORK_JOIN).body();
        assertThat(join)
                .contains("Eine abgelehnte Anfrage wird anonymisiert")
                .contains("für die Aufnahme in das Netzwerk")
                .contains("id=\"listing-notice\"", "ohne Ihre Adresse, bis Sie die Einwilligung widerrufen")
                .doesNotContain(EVENT_NOTICE, EVENT_CONSENT);

        long event = fixtures.publishedForum(10, 10);
        String registration = visitor.get(Links.registrationForm(event)).body();
        assertThat(registration).contains(EVENT_NOTICE, EVENT_CONSENT).doesNotContain("Förderverfahren");

        String english =
                new WebSession(port).get(Links.CONSULTATION + "?lang=en").body();
        assertThat(english).contains("Once the consultation and the funding procedure are closed");
    }
}

package de.klimaflow.registration.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.client.ApiClient;
import de.klimaflow.client.ApiException;
import de.klimaflow.client.api.EventsApi;
import de.klimaflow.client.api.RegistrationsApi;
import de.klimaflow.client.model.PartsChange;
import de.klimaflow.client.model.RegistrationAnswer;
import de.klimaflow.client.model.RegistrationRequest;
import de.klimaflow.registration.Confirmation;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.KlimaflowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another agency's website, with a client that openapi-generator made from the shipped OpenAPI document (the build
 * generates it; {@code PublicApiDocumentTest} holds the document to the server's): it finds the event, registers,
 * changes the parts and cancels, and reads a refusal.
 */
@KlimaflowTest
class GeneratedClientTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @LocalServerPort
    int port;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    RegistrationIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGeneratedClientRegistersChangesAndCancels() throws Exception {
        long event = fixtures.publishedForum(10, 5);
        List<Long> parts = fixtures.parts(event);
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        assertThat(new EventsApi(client).one(event).getParts()).hasSize(2);

        RegistrationsApi registrations = new RegistrationsApi(client);
        String email = "client-" + System.nanoTime() + "@example.org";
        RegistrationAnswer registered = registrations.register(
                event,
                new RegistrationRequest()
                        .name("Jana Krüger")
                        .email(email)
                        .organisation("Gemeinde Barleben")
                        .role(RegistrationRequest.RoleEnum.ADMINISTRATION)
                        .parts(List.of(parts.get(0)))
                        .needs("vegetarisch")
                        .privacyConsent(RegistrationRequest.PrivacyConsentEnum.TRUE));
        assertThat(registered.getStatus()).isEqualTo(RegistrationAnswer.StatusEnum.PENDING_CONFIRMATION);
        String token = registered.getToken();

        long id = jdbc.queryForObject("select id from registration where email = ?", Long.class, email);
        assertThat(intake.confirm(RegistrationFixtures.token(
                        fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/")))
                .isEqualTo(Confirmation.CONFIRMED);
        assertThat(registrations.get(token).getNeeds()).isEqualTo("vegetarisch");
        assertThat(registrations.get(token).getOrganisation()).isEqualTo("Gemeinde Barleben");

        RegistrationAnswer changed = registrations.changeParts(token, new PartsChange().parts(parts));
        assertThat(changed.getParts()).hasSize(2);

        registrations.cancel(token);
        assertThat(registrations.get(token).getStatus()).isEqualTo(RegistrationAnswer.StatusEnum.CANCELLED);

        assertThatThrownBy(() -> registrations.get("A".repeat(43)))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseBody()).contains("urn:klimaflow:problem:no-registration");
                });
    }
}

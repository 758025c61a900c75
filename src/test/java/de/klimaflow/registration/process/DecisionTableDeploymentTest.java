package de.klimaflow.registration.process;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator does in Camunda Modeler: change the decision table and press "Deploy", which posts it to
 * {@code /engine-rest/deployment/create} with the operator's login. The next registration follows the new
 * rule at once, with no Java change and no restart.
 */
@KlimaflowTest
class DecisionTableDeploymentTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    private static final Path TABLE = Path.of("processes", "registration-decision.dmn");
    private static final String LAST_RULE_ANSWER = "<text>\"APPROVE\"</text>";

    @LocalServerPort
    int port;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    RegistrationFixtures fixtures;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Autowired
    EventService events;

    @Autowired
    RegistrationService registrations;

    @Test
    void aTableDeployedFromModelerDecidesTheNextRegistration() throws Exception {
        TestUsers.ensure(identity);
        long event = fixtures.publishedForum(10, 5);
        String original = Files.readString(TABLE);
        int lastRule = original.lastIndexOf(LAST_RULE_ANSWER);
        // "otherwise: approve" becomes "otherwise: the desk reviews"
        String changed = original.substring(0, lastRule) + "<text>\"REVIEW\"</text>"
                + original.substring(lastRule + LAST_RULE_ANSWER.length());
        WebSession operator = new WebSession(port).basic(TestUsers.OPERATOR, TestUsers.PASSWORD);
        assertThat(deploy(new WebSession(port), changed).statusCode())
                .as("anonymous")
                .isEqualTo(401);
        assertThat(deploy(new WebSession(port).basic(TestUsers.REGISTRATION_DESK, TestUsers.PASSWORD), changed)
                        .statusCode())
                .as("not an operator")
                .isEqualTo(403);
        int versionBefore = latestVersion();
        try {
            HttpResponse<String> deployed = deploy(operator, changed);
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            assertThat(latestVersion()).isEqualTo(versionBefore + 1);

            long id = intake.register(
                    event,
                    Set.of(fixtures.parts(event).get(0)),
                    new NewRegistration(
                            "Rita Rat",
                            "rita.rat@example.org",
                            "Gemeinde Barleben",
                            ParticipantRole.ELECTED_OFFICIAL,
                            null,
                            Locale.GERMAN));
            String optIn = RegistrationFixtures.token(
                    fixtures.sendMail(smtp, id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
            intake.confirm(optIn);
            assertThat(fixtures.decision(id))
                    .as("the new rule, not the packaged one")
                    .isEqualTo(RegistrationProcess.REVIEW);
            assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.IN_REVIEW);
        } finally {
            // the other tests of this context expect the packaged rules
            assertThat(deploy(operator, original).statusCode()).isEqualTo(200);
        }
    }

    private int latestVersion() {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(RegistrationProcess.DECISION_KEY)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    /** The multipart request Modeler's deploy button sends. */
    private static HttpResponse<String> deploy(WebSession session, String table) {
        String boundary = "----modeler" + System.nanoTime();
        String body = part(boundary, "deployment-name", "registration-decision")
                + part(boundary, "deployment-source", "Camunda Modeler")
                + part(boundary, "deploy-changed-only", "true")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"registration-decision.dmn\"; "
                + "filename=\"registration-decision.dmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + table
                + "\r\n"
                + "--" + boundary + "--\r\n";
        return session.send(
                "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body);
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}

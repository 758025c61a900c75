package de.klimaflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.klimaflow.events.EventService;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.security.CamundaIdentityAuthenticationProvider;

/**
 * What the process tests share: the shared context, a mail server per test, the process driver and the fixtures, the
 * engine's services, and clean clocks and no signed-in user after each test.
 */
@KlimaflowTest
public abstract class ProcessTestBase {

    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    protected ProcessDriver process;

    @Autowired
    protected RegistrationFixtures fixtures;

    @Autowired
    protected EventService events;

    @Autowired
    protected RegistrationIntake intake;

    @Autowired
    protected RegistrationService registrations;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    protected IdentityService identityService;

    @Autowired
    protected CamundaIdentityAuthenticationProvider authentication;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void knownUsers() {
        TestUsers.ensure(identityService);
    }

    /** Every mail klimaflow sends is automatic and says so, so that out-of-office replies stay away (RFC 3834). */
    @AfterEach
    void everyMailSaidItWasAutomatic() throws Exception {
        for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
            org.assertj.core.api.Assertions.assertThat(mail.getHeader("Auto-Submitted"))
                    .as("Auto-Submitted of '" + mail.getSubject() + "'")
                    .containsExactly("auto-generated");
        }
    }

    @AfterEach
    void cleanUp() {
        process.resetClocks();
        TestUsers.signOut();
    }
}

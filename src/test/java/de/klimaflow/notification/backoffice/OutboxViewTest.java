package de.klimaflow.notification.backoffice;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailOrigin;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.MailStatus;
import de.klimaflow.notification.MailSummary;
import de.klimaflow.notification.NotificationService;
import de.klimaflow.notification.Recipient;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Outbox: staff find a mail and read its text. */
@KlimaflowTest
class OutboxViewTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    NotificationService notifications;

    @Autowired
    de.klimaflow.events.EventService events;

    @Autowired
    de.klimaflow.events.Venues venues;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsAMailAndShowsItsText() {
        String address = "outbox-" + System.nanoTime() + "@example.org";
        notifications.deliver(
                new MailRequest(
                        MailKinds.CONSULTATION_INFO_PACKAGE,
                        new Recipient("Ute <b>Lange</b>", address, Locale.GERMAN),
                        infoPackage("Frage <script>alert(1)</script> 100% sicher_"),
                        null,
                        CASE,
                        "77"),
                MailOrigin.NONE);

        BrowserlessUi.open(context, TestUsers.ADVISOR);
        UI.getCurrent().navigate(OutboxView.class);
        Grid<MailSummary> grid = _get(Grid.class);
        HasValueUtilsKt._setValue(_get(TextField.class), address);
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(MailStatus.SENT);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("no-mail-server")))
                .as("a mail server is set up in the tests")
                .isEmpty();

        grid.select(GridKt._get(grid, 0));
        assertThat(Double.parseDouble(grid.getStyle().get("flex-shrink")))
                .as("the list keeps its height beside the open mail")
                .isZero();
        assertThat(grid.getHeight()).isEqualTo("24rem");
        Pre text = _get(Pre.class, spec -> spec.withClasses("mail-text"));
        assertThat(text.getText()).contains("Frage <script>alert(1)</script>").contains("100% sicher_");
        assertThat(text.getElement().getChildCount()).as("shown as text").isOne();

        // % and _ are searched literally, not as wildcards
        HasValueUtilsKt._setValue(_get(TextField.class), "%");
        assertThat(GridKt._size(grid)).isZero();
        HasValueUtilsKt._setValue(_get(TextField.class), "100% sicher_");
        assertThat(GridKt._size(grid)).isZero(); // the body is not searched, only recipient, subject, case, kind
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOutboxSaysWhatAMailIsAboutInWordsNotAsABareNumber() {
        long event = events.create(de.klimaflow.events.EventDraftsForTests.forum(
                de.klimaflow.events.EventDraftsForTests.venue(venues), null));
        String address = "worum-" + System.nanoTime() + "@example.org";
        notifications.deliver(
                new MailRequest(
                        MailKinds.MUNICIPALITY_INVITATION,
                        new Recipient("Gemeinde Sülzetal", address, Locale.GERMAN),
                        Map.of(
                                "eventTitle",
                                "Wärmezukunft",
                                "sessions",
                                java.util.List.of(),
                                "deadline",
                                java.time.ZonedDateTime.now(),
                                "eventUrl",
                                "https://klimaflow.example/veranstaltungen/" + event),
                        null,
                        de.klimaflow.events.EventMailLabels.RELATED_EVENT,
                        Long.toString(event)),
                MailOrigin.NONE);
        BrowserlessUi.open(context, TestUsers.OPERATOR);
        UI.getCurrent().navigate(OutboxView.class);
        Grid<MailSummary> grid = _get(Grid.class);
        HasValueUtilsKt._setValue(_get(TextField.class), address);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Veranstaltung " + event + ": Wärmezukunft nach Plan – Regionalforum Magdeburg");
    }

    @Test
    void withoutAMailServerABannerSaysThatNothingIsSent() {
        BrowserlessUi.open(context, TestUsers.REGISTRATION_DESK);
        var noSender = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
        OutboxView view = new OutboxView(
                context.getBean(de.klimaflow.notification.MailLog.class),
                new de.klimaflow.notification.MailTransport(
                        noSender, context.getBean(de.klimaflow.platform.AgencyProperties.class)),
                context.getBean(de.klimaflow.notification.MailRelatedNames.class));
        UI.getCurrent().add(view);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("no-mail-server"))
                        .getText())
                .contains("kein Mailserver")
                .contains("nur protokolliert");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachGroupReadsTheMailsOfItsOwnWorkAndOperatorsReadAll() {
        String address = "need-to-know-" + System.nanoTime() + "@example.org";
        notifications.deliver(
                new MailRequest(
                        MailKinds.CONSULTATION_INFO_PACKAGE,
                        new Recipient("Ute Lange", address, Locale.GERMAN),
                        infoPackage("Antwort"),
                        null,
                        CASE,
                        "78"),
                MailOrigin.NONE);
        notifications.deliver(
                new MailRequest(
                        MailKinds.REGISTRATION_WAITLISTED,
                        new Recipient("Ute Lange", address, Locale.GERMAN),
                        Map.of("eventTitle", "Forum", "cancelUrl", "https://klimaflow.example/x"),
                        null,
                        "registration",
                        "79"),
                MailOrigin.NONE);

        for (String[] expected : new String[][] {
            {TestUsers.ADVISOR, CASE},
            {TestUsers.REGISTRATION_DESK, "registration"},
            {TestUsers.EVENT_TEAM, "registration"},
            {TestUsers.MANAGEMENT, ""},
            {TestUsers.OPERATOR, CASE + " registration"}
        }) {
            BrowserlessUi.open(context, expected[0]);
            UI.getCurrent().navigate(OutboxView.class);
            HasValueUtilsKt._setValue(_get(TextField.class), address);
            Grid<MailSummary> grid = _get(Grid.class);
            java.util.List<String> seen = new java.util.ArrayList<>();
            for (int i = 0; i < GridKt._size(grid); i++) {
                seen.add(GridKt._get(grid, i).relatedType());
            }
            assertThat(String.join(" ", seen.stream().sorted().toList()))
                    .as(expected[0])
                    .isEqualTo(expected[1]);
            BrowserlessUi.close();
        }
    }

    private static final String CASE = de.klimaflow.consultation.ConsultationService.RELATED_TYPE;

    private static Map<String, Object> infoPackage(String note) {
        return Map.of(
                "municipality",
                "Gemeinde Sülzetal",
                "advisorName",
                "Anna Becker",
                "note",
                note,
                "programmes",
                java.util.List.of(),
                "trainings",
                java.util.List.of(),
                "checklist",
                java.util.List.of("consultation-info-package.item.council"));
    }
}

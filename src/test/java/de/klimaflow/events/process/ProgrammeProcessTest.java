package de.klimaflow.events.process;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.events.AgendaDraft;
import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Materials;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.Programme;
import de.klimaflow.events.Venues;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.registration.AttendeeDocuments;
import de.klimaflow.registration.Registrations;
import de.klimaflow.support.MailOuts;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme on the real engine: speakers get their own confirmation (on approval, or when named later) and
 * reminder and hold no seat; slides reach those who came behind their own link, and the public once released.
 */
class ProgrammeProcessTest extends ProcessTestBase {

    private static final byte[] SLIDES = "%PDF-1.7\n% Folien\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Programme programme;

    @Autowired
    Materials materials;

    @Autowired
    AttendeeDocuments attendees;

    @Autowired
    EventPlanningFlow planning;

    @Autowired
    Registrations eventRegistrations;

    @Autowired
    Venues venues;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;

    @Test
    void speakersAreConfirmedOnApprovalAndWhenNamedLaterAndRemindedWithoutTakingASeat() throws Exception {
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        List<EventPart> parts = events.find(event).orElseThrow().getParts();
        EventPart evening = parts.get(0);
        process.complete(instance(event), EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        String weber = "weber-" + event + "@referierende.example";
        long talk = programme.save(
                event,
                null,
                new AgendaDraft(
                        evening.getId(),
                        evening.getStartsAt().plusSeconds(15 * 60),
                        evening.getStartsAt().plusSeconds(60 * 60),
                        "Der Rechtsrahmen der Wärmeplanung",
                        List.of(new AgendaDraft.SpeakerDraft("Dr. Anna Weber", "Hochschule", weber))));
        process.complete(instance(event), EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        assertThat(process.hasJob(instance(event), EventPlanningProcess.TASK_COMPOSE_SPEAKER_CONFIRMATIONS))
                .as("before approval nobody is told")
                .isFalse();

        approveAsManagement(event);
        assertThat(confirmations(event)).isEmpty();
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(to(mail)).isEqualTo(weber);
            assertThat(mail.getSubject())
                    .isEqualTo("Ihr Beitrag bei „Wärmezukunft nach Plan – Regionalforum Magdeburg“");
            assertThat(ReceivedMail.text(mail))
                    .contains("Guten Tag Dr. Anna Weber", "Der Rechtsrahmen der Wärmeplanung", "Abendveranstaltung")
                    .contains("brauchen Sie sich nicht anzumelden");
        });

        // a speaker named after publication is confirmed alone; a changed item does not confirm anyone again
        String kraft = "kraft-" + event + "@referierende.example";
        programme.save(
                event,
                null,
                new AgendaDraft(
                        parts.get(1).getId(),
                        parts.get(1).getStartsAt(),
                        null,
                        "Daten für die Bestandsanalyse",
                        List.of(new AgendaDraft.SpeakerDraft("Jonas Kraft", null, kraft))));
        programme.save(
                event,
                talk,
                new AgendaDraft(
                        evening.getId(),
                        evening.getStartsAt().plusSeconds(15 * 60),
                        null,
                        "Rechtsrahmen der Wärmeplanung",
                        List.of(new AgendaDraft.SpeakerDraft("Dr. Anna Weber", "Hochschule", weber))));
        assertThat(confirmations(event)).isEmpty();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ProgrammeProcessTest::to))
                .containsExactly(weber, kraft);
        assertThat(process.hasJob(instance(event), EventPlanningProcess.TASK_COMPOSE_SPEAKER_CONFIRMATIONS))
                .isFalse();
        assertThat(events.overviewOf(event).orElseThrow().parts())
                .as("speakers hold no participant's seat")
                .allSatisfy(part -> assertThat(part.taken()).isZero());

        // two days before, the speakers get their own reminder beside the participants'
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_INVITATIONS, EventPlanningProcess.TASK_SEND_INVITATIONS);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_STILL_WAITING, EventPlanningProcess.TASK_NOTIFY_STILL_WAITING);
        process.complete(instance(event), EventPlanningProcess.TASK_PARTICIPANT_LIST, Map.of());
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_LIST_TO_VENUE);
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_CATERING_ORDER);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_BEFORE_EVENT);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_REMINDERS, EventPlanningProcess.TASK_SEND_REMINDERS);
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_SPEAKER_REMINDERS,
                        EventPlanningProcess.TASK_REMIND_SPEAKERS))
                .isEmpty();
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(mail -> subject(mail).startsWith("Erinnerung an Ihren Beitrag"))
                        .map(ProgrammeProcessTest::to))
                .containsExactlyInAnyOrder(weber, kraft);
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TIMER_EVENT_OVER);

        // what the privacy port finds and erases: the person, not the item
        PersonalDataHolder speakers = holders.stream()
                .filter(holder -> holder.categories().contains("privacy.category.speakers"))
                .findFirst()
                .orElseThrow();
        assertThat(speakers.find(kraft))
                .singleElement()
                .satisfies(held -> assertThat(held.items()).hasSize(1));
        assertThat(speakers.erase(kraft, "privacy.category.speakers").count()).isEqualTo(1);
        assertThat(speakers.find(kraft).get(0).items()).isEmpty();
        assertThat(programme.timetable(event))
                .extracting(
                        Programme.TimetableEntry::title,
                        entry -> entry.speakers().size())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Daten für die Bestandsanalyse", 0),
                        org.assertj.core.groups.Tuple.tuple("Rechtsrahmen der Wärmeplanung", 1));
    }

    @Test
    void anItemOutsideItsPartWithBadOrDoubleSpeakersIsRefusedWholeAndNothingIsStored() {
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        EventPart evening = events.find(event).orElseThrow().getParts().get(0);
        AgendaDraft.SpeakerDraft same = new AgendaDraft.SpeakerDraft("Anna", null, "anna@example.org");
        assertThatThrownBy(() -> programme.save(
                        event,
                        null,
                        new AgendaDraft(
                                evening.getId(),
                                evening.getEndsAt(),
                                evening.getStartsAt(),
                                " ",
                                List.of(
                                        same,
                                        new AgendaDraft.SpeakerDraft("Anna Zwei", null, "ANNA@example.org "),
                                        new AgendaDraft.SpeakerDraft("", "x".repeat(201), "keine-adresse")))))
                .isInstanceOfSatisfying(
                        EventValidationException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::message)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("startsAt", "agenda.error.outsidePart"),
                                        org.assertj.core.groups.Tuple.tuple("endsAt", "agenda.error.end"),
                                        org.assertj.core.groups.Tuple.tuple("title", "event.error.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "speakers[1].email", "agenda.error.speakerTwice"),
                                        org.assertj.core.groups.Tuple.tuple("speakers[2].name", "event.error.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "speakers[2].organisation", "event.error.tooLong"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "speakers[2].email", "agenda.error.email")));
        long otherEvent = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        long foreignPart =
                events.find(otherEvent).orElseThrow().getParts().get(0).getId();
        assertThatThrownBy(() -> programme.save(
                        event, null, new AgendaDraft(foreignPart, evening.getStartsAt(), null, "Fremd", List.of())))
                .isInstanceOfSatisfying(
                        EventValidationException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("part"));
        assertThat(programme.agenda(event)).isEmpty();
    }

    @Test
    void slidesReachThoseWhoCameAtOnceAndThePublicOnlyOnceReleased() throws Exception {
        long event = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        EventPart evening = events.find(event).orElseThrow().getParts().get(0);
        long talk = programme.save(
                event,
                null,
                new AgendaDraft(evening.getId(), evening.getStartsAt(), null, "Praxisbeispiel", List.of()));
        approve(event);
        Set<Long> partIds = events.find(event).orElseThrow().getParts().stream()
                .map(EventPart::getId)
                .collect(Collectors.toSet());
        long came = intake.registerConfirmed(
                event,
                partIds,
                "Kam Gern",
                "kam-" + event + "@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        long missed = intake.registerConfirmed(
                event,
                partIds,
                "Fehlte Leider",
                "fehlte-" + event + "@example.org",
                null,
                ParticipantRole.OTHER,
                Locale.GERMAN);
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        assertThatThrownBy(() -> materials.upload(event, talk, "folien.pdf", SLIDES))
                .as("slides come after the event has begun")
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agenda.material.beforeEvent"));

        process.fireTimer(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_STILL_WAITING, EventPlanningProcess.TASK_NOTIFY_STILL_WAITING);
        process.complete(instance(event), EventPlanningProcess.TASK_PARTICIPANT_LIST, Map.of());
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_LIST_TO_VENUE);
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_CATERING_ORDER);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_BEFORE_EVENT);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_REMINDERS, EventPlanningProcess.TASK_SEND_REMINDERS);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_SPEAKER_REMINDERS, EventPlanningProcess.TASK_REMIND_SPEAKERS);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_EVENT_OVER);
        eventRegistrations.participants(event).stream()
                .filter(p -> p.registrationId() == came)
                .findFirst()
                .orElseThrow()
                .partIds()
                .forEach(part -> eventRegistrations.markAttended(event, came, part, true, "Test"));
        process.complete(instance(event), EventPlanningProcess.TASK_RECORD_ATTENDANCE, Map.of());

        assertThatThrownBy(() -> materials.upload(event, talk, "folien.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        UploadedFiles.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agenda.material.type"));
        long slides = materials
                .upload(event, talk, "../Praxis <Beispiel>.pdf", SLIDES)
                .id();
        assertThat(materials.of(event)).singleElement().satisfies(material -> {
            assertThat(material.fileName()).isEqualTo("Praxis Beispiel.pdf");
            assertThat(material.released()).isFalse();
        });

        process.complete(
                instance(event),
                EventPlanningProcess.TASK_FOLLOW_UP,
                Map.of(
                        EventPlanningProcess.VAR_DOCUMENTATION_URL, "https://klimaflow.example/doku/9",
                        EventPlanningProcess.VAR_SURVEY_URL, "https://klimaflow.example/umfrage/9",
                        EventPlanningProcess.VAR_WRITE_TO_MISSED, true));
        assertThat(mailOut(
                        event, EventPlanningProcess.TASK_COMPOSE_FOLLOW_UP, EventPlanningProcess.TASK_SEND_FOLLOW_UP))
                .isEmpty();
        String thanks = ReceivedMail.text(Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> to(mail).startsWith("kam-"))
                .filter(mail -> subject(mail).startsWith("Vielen Dank"))
                .findFirst()
                .orElseThrow());
        assertThat(thanks).contains("Praxis Beispiel.pdf: ", "/material/" + slides);
        MimeMessage documentation = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> to(mail).startsWith("fehlte-"))
                .filter(mail -> subject(mail).startsWith("Unterlagen zu"))
                .findFirst()
                .orElseThrow();
        assertThat(ReceivedMail.text(documentation))
                .as("who did not come gets the documentation, not the slides")
                .contains("https://klimaflow.example/doku/9")
                .doesNotContain("/material/");

        String cameToken = intake.selfServiceToken(came);
        assertThat(attendees.material(cameToken, slides))
                .map(Materials.Download::content)
                .contains(SLIDES);
        assertThat(attendees.material(intake.selfServiceToken(missed), slides)).isEmpty();
        assertThat(materials.released(event, slides))
                .as("not public before release")
                .isEmpty();
        WebSession web = new WebSession(port);
        assertThat(web.get(Links.eventMaterial(event, slides)).statusCode()).isEqualTo(404);
        assertThat(web.get(Links.registrationMaterial(cameToken, slides)).statusCode())
                .isEqualTo(200);
        assertThat(web.get(Links.registrationMaterial(intake.selfServiceToken(missed), slides))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.get(Links.registrationSelfService(cameToken)).body())
                .contains("Unterlagen", "Folien: Praxis Beispiel.pdf (PDF)");

        assertThat(materials.release(event)).isEqualTo(1);
        assertThat(materials.released(event, slides))
                .map(Materials.Download::fileName)
                .contains("Praxis Beispiel.pdf");
        HttpResponse<String> released = web.get(Links.eventMaterial(event, slides));
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(released.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(web.get(Links.eventPage(event)).body()).contains("Folien: Praxis Beispiel.pdf (PDF)");
        assertThat(programme.timetable(event))
                .singleElement()
                .satisfies(entry -> assertThat(entry.materials()).hasSize(1));
        // a wrong file comes out again, and with it its public link
        materials.remove(event, slides);
        assertThat(materials.of(event)).isEmpty();
        assertThat(web.get(Links.eventMaterial(event, slides)).statusCode()).isEqualTo(404);
        long otherEvent = events.create(EventDraftsForTests.forum(EventDraftsForTests.venue(venues), null));
        assertThat(materials.released(otherEvent, slides))
                .as("only under its own event")
                .isEmpty();
    }

    private List<RuntimeException> confirmations(long event) {
        return mailOut(
                event,
                EventPlanningProcess.TASK_COMPOSE_SPEAKER_CONFIRMATIONS,
                EventPlanningProcess.TASK_CONFIRM_SPEAKERS);
    }

    private void approve(long event) {
        process.complete(instance(event), EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        process.complete(instance(event), EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        approveAsManagement(event);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_INVITATIONS, EventPlanningProcess.TASK_SEND_INVITATIONS);
    }

    /** Management's decision through the flow, as the approval form takes it. */
    private void approveAsManagement(long event) {
        TestUsers.signIn(authentication, TestUsers.MANAGEMENT);
        planning.decide(
                process.task(instance(event), EventPlanningProcess.TASK_APPROVE).getId(), event, true, "");
        TestUsers.signOut();
    }

    private ProcessInstance instance(long event) {
        return process.instance(EventPlanningProcess.PROCESS_KEY, event);
    }

    private List<RuntimeException> mailOut(long event, String queueStep, String sendStep) {
        return MailOuts.run(engine, instance(event).getId(), queueStep, sendStep);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

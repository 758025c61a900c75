package de.klimaflow.events.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRegistrations.Addressees;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.VenueDraft;
import de.klimaflow.platform.Formats;
import de.klimaflow.registration.Registrations;
import de.klimaflow.support.MailOuts;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** processes/event-planning.bpmn on the real engine; timers are driven by the engine clock and job execution. */
class EventPlanningProcessTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    EventPlanningFlow planning;

    @Autowired
    EventPlanningPosition planningPosition;

    @Autowired
    Registrations eventRegistrations;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    de.klimaflow.registration.AttendeeDocuments attendeeDocuments;

    @Test
    void managementSendsTheDraftBackWithAReasonThenApproves() {
        long event = events.create(forum(null));
        complete(event, EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        complete(event, EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_APPROVE);
        assertThat(taskService.getIdentityLinksForTask(process.task(instance(event), EventPlanningProcess.TASK_APPROVE)
                        .getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("management"));

        complete(
                event,
                EventPlanningProcess.TASK_APPROVE,
                Map.of(
                        EventPlanningProcess.VAR_APPROVED,
                        false,
                        EventPlanningProcess.VAR_SEND_BACK_REASON,
                        "Bitte Workshop-Themen ergänzen"));
        Task revise = process.task(instance(event), EventPlanningProcess.TASK_REVISE);
        assertThat(taskService.getVariable(revise.getId(), EventPlanningProcess.VAR_SEND_BACK_REASON))
                .isEqualTo("Bitte Workshop-Themen ergänzen");
        assertThat(events.find(event).orElseThrow().getStatus()).isEqualTo(EventStatus.DRAFT);

        complete(event, EventPlanningProcess.TASK_REVISE, Map.of());
        complete(event, EventPlanningProcess.TASK_APPROVE, Map.of(EventPlanningProcess.VAR_APPROVED, true));
        assertThat(events.find(event).orElseThrow().getStatus()).isEqualTo(EventStatus.PUBLISHED);
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_COMPOSE_INVITATIONS);
    }

    @Test
    void publishedForumInvitesTheMunicipalitiesOfItsRegion() throws Exception {
        long region = region();
        long event = events.create(forum(region));
        approve(event);
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_INVITATIONS,
                        EventPlanningProcess.TASK_SEND_INVITATIONS))
                .isEmpty();

        List<String> recipients = Arrays.stream(smtp.getReceivedMessages())
                .map(EventPlanningProcessTest::to)
                .toList();
        assertThat(recipients)
                .containsExactlyInAnyOrder("klimaschutz@test-oschersleben.example", "klimaschutz@test-burg.example");
        MimeMessage invitation = smtp.getReceivedMessages()[0];
        assertThat(invitation.getSubject()).isEqualTo("Einladung: Wärmezukunft nach Plan – Regionalforum Magdeburg");
        assertThat(invitation.getHeader("List-Unsubscribe"))
                .as("a mail-out says how to get no more of it")
                .containsExactly("<mailto:veranstaltungen@klimaflow.example?subject=Abmelden>");
        assertThat(invitation.getReplyTo())
                .extracting(Object::toString)
                .as("replies go to the event team")
                .containsExactly("veranstaltungen@klimaflow.example");
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
    }

    @Test
    void theWholeLifeOfAnEventDrivenByItsTimers() throws Exception {
        long venue = venues.save(
                null,
                new VenueDraft(
                        "Stadthalle " + System.nanoTime(),
                        "Markt 1",
                        "39387",
                        "Oschersleben",
                        "Rampe am Haupteingang",
                        "Hallenbüro",
                        "halle@venue.example",
                        null,
                        List.of(new VenueDraft.Room("Großer Saal", 200))));
        EventDraftsForTests.ForumDates dates = EventDraftsForTests.ForumDates.now();
        EventDraft draft = EventDraftsForTests.forum(dates, EventDraftsForTests.venue(venues), null);
        long event = events.create(EventDraftsForTests.withVenue(draft, venue));
        long registration = intake.registerByStaff(
                event,
                partIds(event),
                new de.klimaflow.registration.NewRegistration(
                        "Jana Krüger",
                        "krueger@example.org",
                        "Stadt Oschersleben (Bode)",
                        ParticipantRole.ELECTED_OFFICIAL,
                        "Vegetarisch",
                        "Rollstuhlplatz",
                        false,
                        Locale.GERMAN));
        approve(event);
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_INVITATIONS,
                        EventPlanningProcess.TASK_SEND_INVITATIONS))
                .as("no region: nobody to invite")
                .isEmpty();

        // the registration deadline closes registration
        assertThat(process.dueOf(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE))
                .isEqualTo(dates.deadline());
        assertThat(planningPosition.of(event).current())
                .as("a waiting timer says until when it waits")
                .containsExactly(new ProcessPosition.Current(
                        EventPlanningProcess.TIMER_REGISTRATION_DEADLINE,
                        "Anmeldeschluss erreicht",
                        dates.deadline(),
                        null));
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        assertThat(events.find(event).orElseThrow().getStatus()).isEqualTo(EventStatus.REGISTRATION_CLOSED);
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_COMPOSE_STILL_WAITING);
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_STILL_WAITING,
                        EventPlanningProcess.TASK_NOTIFY_STILL_WAITING))
                .as("nobody waits: no mail")
                .isEmpty();
        // the event team names the caterer on the participant-list step
        events.setCaterer(event, "Küche am Markt", "kueche@catering.example");
        complete(event, EventPlanningProcess.TASK_PARTICIPANT_LIST, Map.of());

        // the venue's contact gets the seats and the list of names
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_SEND_LIST_TO_VENUE);
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_LIST_TO_VENUE);
        MimeMessage venueMail = smtp.getReceivedMessages()[0];
        assertThat(to(venueMail)).isEqualTo("halle@venue.example");
        assertThat(venueMail.getSubject())
                .isEqualTo("Teilnehmerliste: Wärmezukunft nach Plan – Regionalforum Magdeburg");
        assertThat(ReceivedMail.text(venueMail))
                .contains("Guten Tag Hallenbüro", "Abendveranstaltung: 1")
                .as("her accessibility need without her name, as she did not agree to more")
                .contains("Abendveranstaltung: 1 × rollstuhlplatz");
        assertThat(ReceivedMail.attachment(venueMail, "teilnehmerliste-" + event + ".csv"))
                .contains("\"Jana Krüger\";\"Stadt Oschersleben (Bode)\"")
                .as("not next to her name, and the catering notes are the caterer's")
                .doesNotContain("Rollstuhlplatz", "Vegetarisch")
                .as("before the event, the venue's list says nothing about attendance")
                .doesNotContain("Anwesend");

        // the caterer gets the head count and the dietary notes per part, counted, without names
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_CATERING_ORDER);
        MimeMessage catering = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> to(mail).equals("kueche@catering.example"))
                .findFirst()
                .orElseThrow();
        assertThat(ReceivedMail.text(catering))
                .contains("Guten Tag Küche am Markt", "Abendveranstaltung", "Workshoptag")
                .contains(": 1 Person, davon 1 × vegetarisch")
                .doesNotContain("Jana", "Krüger", "ollstuhl");
        assertThat(ReceivedMail.attachment(catering, "catering-" + event + ".csv"))
                .contains("\"vegetarisch\";1")
                .doesNotContain("Krüger");

        // two days before the start the registrants are reminded
        assertThat(process.dueOf(instance(event), EventPlanningProcess.TIMER_BEFORE_EVENT))
                .isEqualTo(
                        dates.eveningStarts().atZone(Formats.ZONE).minusDays(2).toInstant());
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_BEFORE_EVENT);
        assertThat(mailOut(
                        event, EventPlanningProcess.TASK_COMPOSE_REMINDERS, EventPlanningProcess.TASK_SEND_REMINDERS))
                .isEmpty();
        assertThat(smtp.getReceivedMessages())
                .hasSize(3)
                .filteredOn(
                        mail -> !to(mail).equals("halle@venue.example") && !to(mail).equals("kueche@catering.example"))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject())
                            .isEqualTo("Erinnerung: Wärmezukunft nach Plan – Regionalforum Magdeburg");
                    assertThat(to(mail)).isEqualTo("krueger@example.org");
                });
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_SPEAKER_REMINDERS,
                        EventPlanningProcess.TASK_REMIND_SPEAKERS))
                .as("no speakers: no mail")
                .isEmpty();

        // after the event: attendance, follow-up with documentation and survey links
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_EVENT_OVER);
        checkedIn(event, registration);
        complete(event, EventPlanningProcess.TASK_RECORD_ATTENDANCE, Map.of());
        complete(
                event,
                EventPlanningProcess.TASK_FOLLOW_UP,
                Map.of(
                        EventPlanningProcess.VAR_DOCUMENTATION_URL,
                        "https://klimaflow.example/doku/5",
                        EventPlanningProcess.VAR_SURVEY_URL,
                        "https://klimaflow.example/umfrage/5"));
        assertThat(mailOut(
                        event, EventPlanningProcess.TASK_COMPOSE_FOLLOW_UP, EventPlanningProcess.TASK_SEND_FOLLOW_UP))
                .isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        MimeMessage followUp = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Vielen Dank"))
                .findFirst()
                .orElseThrow();
        String thanks = ReceivedMail.text(followUp);
        assertThat(thanks).contains("https://klimaflow.example/umfrage/5", "Teilnahmebescheinigung (PDF):");
        String token = thanks.replaceAll("(?s).*/anmeldung/([A-Za-z0-9_-]{43})/bescheinigung.*", "$1");
        try (var certificate = org.apache.pdfbox.Loader.loadPDF(
                attendeeDocuments.certificate(token).orElseThrow())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(certificate)
                            .replaceAll("\\s+", " "))
                    .contains("Teilnahmebescheinigung", "Jana Krüger, Stadt Oschersleben (Bode), an der Veranstaltung");
        }

        // the retention period ends: personal data goes, the counts stay
        assertThat(process.dueOf(instance(event), EventPlanningProcess.TIMER_RETENTION))
                .isEqualTo(dates.workshopEnds().plus(java.time.Duration.ofDays(180)));
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_RETENTION);
        assertThat(jdbc.queryForObject("select name from registration where id = ?", String.class, registration))
                .isEqualTo("anonymisiert");
        assertThat(jdbc.queryForObject("select count(*) from registration where event_id = ?", Long.class, event))
                .isOne();
        assertThat(process.running(EventPlanningProcess.PROCESS_KEY, event))
                .as("process ended")
                .isZero();
    }

    @Test
    void aBadAddressMovesToADeliveryOfItsOwnSoItIsOneIncidentAndTheRetryUsesTheCorrectedAddress() {
        long event = events.create(forum(null));
        for (String name : new String[] {"anna", "bernd", "carla"}) {
            intake.registerConfirmed(
                    event, partIds(event), name, name + "@example.org", null, ParticipantRole.OTHER, Locale.GERMAN);
        }
        // an address that went bad in the data, e.g. through an import
        jdbc.update(
                "update registration set email = 'carla@' where event_id = ? and email = 'carla@example.org'", event);
        planning.cancel(event, "Der Referent ist erkrankt.");
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_COMPOSE_CANCELLATION);
        String planningInstance = instance(event).getId();

        List<RuntimeException> failures = mailOut(
                event, EventPlanningProcess.TASK_COMPOSE_CANCELLATION, EventPlanningProcess.TASK_NOTIFY_CANCELLATION);
        assertThat(failures)
                .singleElement()
                .satisfies(failure -> assertThat(failure)
                        .hasMessageContaining("Ungültige Empfängeradresse")
                        .hasMessageNotContaining("carla@"));
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .map(EventPlanningProcessTest::to)
                        .toList())
                .containsExactlyInAnyOrder("anna@example.org", "bernd@example.org");
        assertThat(process.running(EventPlanningProcess.PROCESS_KEY, event))
                .as("the hand-over ended the cancelled event's process; the mails do not hold it")
                .isZero();
        List<Job> left = MailOuts.sendJobs(processEngine, planningInstance);
        assertThat(left)
                .as("the sent ones are done, carla's delivery waits for the operator")
                .hasSize(1);
        Job carla = left.get(0);
        assertThat(carla.getRetries())
                .as("no useless retries: an incident at once")
                .isZero();
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(carla.getProcessInstanceId())
                        .list())
                .singleElement()
                .satisfies(incident -> {
                    assertThat(incident.getConfiguration()).isEqualTo(carla.getId());
                    assertThat(incident.getIncidentMessage())
                            .contains("Ungültige Empfängeradresse")
                            .doesNotContain("carla@");
                });
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(carla.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey())
                .as("Cockpit finds the delivery by the event")
                .isEqualTo(Long.toString(event));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where process_instance_id = ? and status = 'SENT'",
                        Long.class,
                        planningInstance))
                .isEqualTo(2);

        // the operator has the address corrected and retries the incident: only carla's mail goes out, to the new
        // address
        jdbc.update(
                "update registration set email = 'carla@example.org' where event_id = ? and email = 'carla@'", event);
        managementService.setJobRetries(carla.getId(), 1);
        managementService.executeJob(carla.getId());
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .map(EventPlanningProcessTest::to)
                        .toList())
                .containsExactlyInAnyOrder("anna@example.org", "bernd@example.org", "carla@example.org");
        assertThat(MailOuts.sendJobs(processEngine, planningInstance))
                .as("every delivery ended")
                .isEmpty();
    }

    @Test
    void aLargeMailOutGoesOutInDeliveriesOfTwentyAndWhileTheServerIsAwayADeliveryFailsAsAWholeAndItsRetrySendsOnce() {
        long event = events.create(forum(null));
        jdbc.update("update event_part set capacity = 100 where event_id = ?", event);
        for (int i = 0; i < 45; i++) {
            intake.registerConfirmed(
                    event,
                    partIds(event),
                    "Person " + i,
                    "p" + i + "@example.org",
                    null,
                    ParticipantRole.OTHER,
                    Locale.GERMAN);
        }
        planning.cancel(event, "Der Saal ist nicht verfügbar.");
        String planningInstance = instance(event).getId();
        process.execute(
                instance(event),
                EventPlanningProcess.TASK_COMPOSE_CANCELLATION); // queues the 45 mails, hands them over

        List<Job> deliveries = MailOuts.sendJobs(processEngine, planningInstance);
        assertThat(deliveries).hasSize(3);
        smtp.stop();
        Job first = deliveries.get(0);
        assertThatThrownBy(() -> managementService.executeJob(first.getId())).hasMessageContaining("20 von 20 Mails");
        assertThat(managementService
                        .createJobQuery()
                        .jobId(first.getId())
                        .singleResult()
                        .getRetries())
                .as("the delivery as a whole waits for its retry")
                .isEqualTo(2);
        assertThat(MailOuts.sendJobs(processEngine, planningInstance))
                .as("no mail moved to a delivery of its own")
                .hasSize(3);

        smtp.start();
        for (Job delivery : deliveries) {
            managementService.executeJob(delivery.getId());
        }
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .map(EventPlanningProcessTest::to)
                        .distinct()
                        .count())
                .isEqualTo(45);
        assertThat(smtp.getReceivedMessages()).hasSize(45);
        assertThat(MailOuts.sendJobs(processEngine, planningInstance)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbound_mail where process_instance_id = ? and status = 'SENT'",
                        Long.class,
                        planningInstance))
                .isEqualTo(45);
    }

    @ParameterizedTest(name = "cancelled while {0}")
    @ValueSource(strings = {"planning", "approval", "published", "registrationClosed"})
    void cancellationEndsEverythingAndNotifiesEveryRegistrant(String phase) throws Exception {
        long event = events.create(forum(null));
        intake.registerConfirmed(
                event, partIds(event), "Kim Weber", "kim@example.org", null, ParticipantRole.OTHER, Locale.ENGLISH);
        switch (phase) {
            case "approval" -> {
                complete(event, EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
                complete(event, EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
            }
            case "published" -> approve(event);
            case "registrationClosed" -> {
                approve(event);
                mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_INVITATIONS,
                        EventPlanningProcess.TASK_SEND_INVITATIONS);
                process.fireTimer(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
            }
            default -> {}
        }

        planning.cancel(event, "Der Referent ist erkrankt.");

        assertThat(events.find(event).orElseThrow().getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(Long.toString(event))
                        .count())
                .isZero();
        assertThat(eventRegistrations.addressees(
                        event,
                        Addressees.CANCELLED_WITH_EVENT,
                        java.time.Instant.now().plusSeconds(3600)))
                .hasSize(1);
        process.assertThatInstance(instance(event)).isWaitingAt(EventPlanningProcess.TASK_COMPOSE_CANCELLATION);
        assertThat(mailOut(
                        event,
                        EventPlanningProcess.TASK_COMPOSE_CANCELLATION,
                        EventPlanningProcess.TASK_NOTIFY_CANCELLATION))
                .isEmpty();
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(to(mail)).isEqualTo("kim@example.org");
            assertThat(mail.getSubject()).isEqualTo("Cancelled: Wärmezukunft nach Plan – Regionalforum Magdeburg");
            // the calendar loses the parts too
            de.klimaflow.support.IcsFiles.Ics cancelled = de.klimaflow.support.IcsFiles.of(mail, "absage.ics");
            assertThat(cancelled.method()).isEqualTo("CANCEL");
            assertThat(cancelled.uids()).hasSize(partIds(event).size());
        });
        assertThat(process.running(EventPlanningProcess.PROCESS_KEY, event)).isZero();
    }

    /** Three registered, one came: one thank-you with a certificate; the two others only when the team chooses. */
    @ParameterizedTest(name = "write to those who missed it: {0}")
    @ValueSource(booleans = {false, true})
    void theThankYouGoesToThoseWhoCameOnly(boolean writeToMissed) throws Exception {
        long event = events.create(forum(null));
        approve(event);
        List<Long> registered = new java.util.ArrayList<>();
        for (String who : new String[] {"came", "missed1", "missed2"}) {
            registered.add(intake.registerConfirmed(
                    event,
                    partIds(event),
                    "Person " + who,
                    who + System.nanoTime() + "@example.org",
                    null,
                    ParticipantRole.OTHER,
                    Locale.GERMAN));
        }
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_INVITATIONS, EventPlanningProcess.TASK_SEND_INVITATIONS);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_STILL_WAITING, EventPlanningProcess.TASK_NOTIFY_STILL_WAITING);
        complete(event, EventPlanningProcess.TASK_PARTICIPANT_LIST, Map.of());
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_LIST_TO_VENUE);
        process.execute(instance(event), EventPlanningProcess.TASK_SEND_CATERING_ORDER);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_BEFORE_EVENT);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_REMINDERS, EventPlanningProcess.TASK_SEND_REMINDERS);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_SPEAKER_REMINDERS, EventPlanningProcess.TASK_REMIND_SPEAKERS);
        process.fireTimer(instance(event), EventPlanningProcess.TIMER_EVENT_OVER);
        checkedIn(event, registered.get(0));
        complete(event, EventPlanningProcess.TASK_RECORD_ATTENDANCE, Map.of());
        complete(
                event,
                EventPlanningProcess.TASK_FOLLOW_UP,
                Map.of(
                        EventPlanningProcess.VAR_DOCUMENTATION_URL, "https://klimaflow.example/doku/7",
                        EventPlanningProcess.VAR_SURVEY_URL, "https://klimaflow.example/umfrage/7",
                        EventPlanningProcess.VAR_WRITE_TO_MISSED, writeToMissed));
        assertThat(mailOut(
                        event, EventPlanningProcess.TASK_COMPOSE_FOLLOW_UP, EventPlanningProcess.TASK_SEND_FOLLOW_UP))
                .isEmpty();
        List<MimeMessage> after = Arrays.asList(smtp.getReceivedMessages());
        assertThat(after)
                .filteredOn(mail -> subject(mail).startsWith("Vielen Dank"))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(to(mail)).startsWith("came");
                    assertThat(ReceivedMail.text(mail)).contains("/bescheinigung");
                });
        assertThat(after)
                .filteredOn(mail -> subject(mail).startsWith("Unterlagen zu"))
                .hasSize(writeToMissed ? 2 : 0)
                .allSatisfy(mail -> {
                    assertThat(to(mail)).startsWith("missed");
                    assertThat(ReceivedMail.text(mail))
                            .contains("nicht teilnehmen konnten", "https://klimaflow.example/doku/7")
                            .doesNotContain("umfrage");
                    assertThat(ReceivedMail.text(mail)).doesNotContain("/bescheinigung");
                });
    }

    /** A published event moves: everyone seated gets the new dates, and their calendar moves the same appointments. */
    @Test
    void aMovedEventUpdatesTheCalendarsOfThoseSeated() throws Exception {
        long event = fixtures.publishedForum(5, 5);
        long kim = intake.register(
                event,
                partIds(event),
                new de.klimaflow.registration.NewRegistration(
                        "Kim Weber", "kim.moved@example.org", null, ParticipantRole.OTHER, null, Locale.GERMAN));
        intake.confirm(de.klimaflow.registration.RegistrationFixtures.token(
                fixtures.sendMail(smtp, kim, de.klimaflow.registration.process.RegistrationProcess.TASK_SEND_OPT_IN),
                "/anmeldung/bestaetigen/"));
        fixtures.sendMail(smtp, kim, de.klimaflow.registration.process.RegistrationProcess.TASK_SEND_CONFIRMATION);
        de.klimaflow.support.IcsFiles.Ics booked =
                de.klimaflow.support.IcsFiles.of(smtp.getReceivedMessages()[1], "einladung.ics");

        var overview = events.overviewOf(event).orElseThrow();
        java.time.LocalDate firstDay = overview.parts()
                .get(0)
                .startsAt()
                .atZone(Formats.ZONE)
                .toLocalDate()
                .plusDays(7);
        planning.reschedule(event, overview.registrationDeadline().plus(java.time.Duration.ofDays(7)), firstDay);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_RESCHEDULED, EventPlanningProcess.TASK_NOTIFY_RESCHEDULED);

        jakarta.mail.internet.MimeMessage moved = smtp.getReceivedMessages()[2];
        de.klimaflow.support.IcsFiles.Ics update = de.klimaflow.support.IcsFiles.of(moved, "einladung.ics");
        assertThat(update.method()).isEqualTo("REQUEST");
        assertThat(update.uids()).isEqualTo(booked.uids());
        assertThat(update.sequences())
                .allSatisfy(sequence ->
                        assertThat(sequence).isGreaterThan(booked.sequences().get(0)));
        assertThat(update.text()).contains(firstDay.toString().replace("-", ""));
    }

    @Test
    void changedDatesMoveTheTimers() {
        long event = events.create(forum(null));
        // the Monday after the planned deadline, at noon
        java.time.Instant laterDeadline = EventDraftsForTests.ForumDates.now()
                .deadline()
                .atZone(Formats.ZONE)
                .plusDays(2)
                .withHour(12)
                .withMinute(0)
                .toInstant();
        EventDraft later = EventDraftsForTests.withDeadline(forum(null), laterDeadline);
        events.update(event, later);
        approve(event);
        mailOut(event, EventPlanningProcess.TASK_COMPOSE_INVITATIONS, EventPlanningProcess.TASK_SEND_INVITATIONS);
        assertThat(process.dueOf(instance(event), EventPlanningProcess.TIMER_REGISTRATION_DEADLINE))
                .isEqualTo(laterDeadline);
    }

    // --- helpers

    EventDraft forum(Long regionId) {
        long venue = EventDraftsForTests.venue(venues);
        return EventDraftsForTests.forum(venue, regionId);
    }

    private void approve(long event) {
        complete(event, EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        complete(event, EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        complete(event, EventPlanningProcess.TASK_APPROVE, Map.of(EventPlanningProcess.VAR_APPROVED, true));
    }

    private ProcessInstance instance(long event) {
        return process.instance(EventPlanningProcess.PROCESS_KEY, event);
    }

    private void complete(long event, String taskKey, Map<String, Object> variables) {
        process.complete(instance(event), taskKey, variables);
    }

    private List<RuntimeException> mailOut(long event, String queueStep, String sendStep) {
        return MailOuts.run(processEngine, instance(event).getId(), queueStep, sendStep);
    }

    private Set<Long> partIds(long event) {
        return events.find(event).orElseThrow().getParts().stream()
                .map(EventPart::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private long region() {
        String name = "Testregion " + System.nanoTime();
        jdbc.update("insert into planning_region (name) values (?)", name);
        long region = jdbc.queryForObject("select id from planning_region where name = ?", Long.class, name);
        jdbc.update("insert into district (region_id, name, kind) values (?, 'Börde', 'DISTRICT')", region);
        long district = jdbc.queryForObject("select id from district where region_id = ?", Long.class, region);
        jdbc.update(
                "insert into municipality (district_id, name, contact_name, contact_email) values "
                        + "(?, 'Oschersleben (Bode)', 'Bürgermeisteramt', 'klimaschutz@test-oschersleben.example'), "
                        + "(?, 'Burg', 'Stadtverwaltung', 'klimaschutz@test-burg.example'), "
                        + "(?, 'Ohne Kontakt', null, null)",
                district,
                district,
                district);
        return region;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checked in at the door of every part the person holds a seat in. */
    private void checkedIn(long event, long registration) {
        eventRegistrations.participants(event).stream()
                .filter(p -> p.registrationId() == registration)
                .findFirst()
                .orElseThrow()
                .partIds()
                .forEach(part -> eventRegistrations.markAttended(event, registration, part, true, "Test"));
    }
}

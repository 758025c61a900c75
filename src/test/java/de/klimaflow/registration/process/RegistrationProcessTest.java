package de.klimaflow.registration.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.support.IcsFiles;
import de.klimaflow.support.MailOuts;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** processes/registration.bpmn and registration-decision.dmn on the real engine, with mail to GreenMail. */
class RegistrationProcessTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.events.EventCalendar eventCalendar;

    @Autowired
    de.klimaflow.events.PublishedEventChanges publishedChanges;

    @Autowired
    RegistrationFlow review;

    @Autowired
    EventPlanningFlow planning;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void confirmedWithSeatsLeftGetsASeatAndTheConfirmationWithItsPersonalLink() throws Exception {
        long event = publishedForum(10, 5);
        long id = register(event, "jana@example.org", ParticipantRole.ELECTED_OFFICIAL, evening(event));
        String optInMail = sendMail(id, RegistrationProcess.TASK_SEND_OPT_IN);
        assertThat(optInMail)
                .as("the opt-in names the event")
                .contains("„" + events.overviewOf(event).orElseThrow().title() + "“");
        String optIn = token(optInMail, "/anmeldung/bestaetigen/");

        assertThat(intake.confirm(optIn)).isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        assertThat(intake.confirm(optIn))
                .as("a second click")
                .isEqualTo(de.klimaflow.registration.Confirmation.ALREADY_CONFIRMED);
        assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(decision(id)).isEqualTo(RegistrationProcess.APPROVE);
        String text = sendMail(id, RegistrationProcess.TASK_SEND_CONFIRMATION);
        assertThat(text).contains("Ihre Anmeldung").contains("Abendveranstaltung");
        RegistrationView own = registrations.view(token(text, "/anmeldung/")).orElseThrow();
        assertThat(own.id()).isEqualTo(id);
        assertThat(own.parts()).extracting(RegistrationView.Part::status).containsExactly(PartBooking.Status.SEAT);
        process.assertThatInstance(registration(id)).isWaitingFor(RegistrationProcess.MESSAGE_ENDED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registration_token where token_hash = ?", Long.class, optIn))
                .as("tokens are stored only as hashes")
                .isZero();
    }

    @Test
    void aLinkFollowedBeforeItsOptInStepHasEndedIsNotLost() throws Exception {
        long event = publishedForum(10, 5);
        long id = register(event, "early@example.org", ParticipantRole.ELECTED_OFFICIAL, evening(event));
        // the link as an opt-in step issues it, in a step that then fails after its mail went out and rolls back
        String link = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(step -> {
            step.setRollbackOnly();
            return intake.optInLink(id).token();
        });
        assertThat(intake.confirm(link))
                .as("the link in the mail works")
                .isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        process.assertThatInstance(registration(id))
                .as("the process was not waiting yet")
                .isNotWaitingFor(RegistrationProcess.MESSAGE_ADDRESS_CONFIRMED);

        // the step's retry finds the confirmation: no second mail asks for it, and the rules decide
        int before = smtp.getReceivedMessages().length;
        process.execute(registration(id), RegistrationProcess.TASK_SEND_OPT_IN);
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(decision(id)).isEqualTo(RegistrationProcess.APPROVE);
        assertThat(registrations.find(id).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        process.assertThatInstance(registration(id)).isNotWaitingFor(RegistrationProcess.MESSAGE_ADDRESS_CONFIRMED);
    }

    /**
     * The opt-in check holds the registration's row until its transaction ends, and a mail that goes out at once
     * commits its link in a transaction of its own, which needs that row too: a send step in the same transaction
     * after the check would wait for itself. So every send step starts a job of its own.
     */
    @Test
    void everyMailOfTheRegistrationIsSentInAJobOfItsOwn() {
        String definition = processEngine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationProcess.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getId();
        var sends = processEngine
                .getRepositoryService()
                .getBpmnModelInstance(definition)
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
                .stream()
                .filter(task -> ("${" + de.klimaflow.notification.process.MailProcess.DELEGATE + "}")
                        .equals(task.getCamundaDelegateExpression()))
                .toList();
        assertThat(sends)
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(send ->
                        assertThat(send.isCamundaAsyncBefore()).as(send.getId()).isTrue());
    }

    @Test
    void anUnconfirmedRegistrationExpiresAfter48HoursAndKeepsNoPersonalData() throws Exception {
        long event = publishedForum(10, 5);
        long id = register(event, "late@example.org", ParticipantRole.OTHER, evening(event));
        String optIn = token(sendMail(id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        assertThat(process.dueOf(registration(id), RegistrationProcess.EVENT_OPT_IN_EXPIRED))
                .isCloseTo(Instant.now().plus(Duration.ofHours(48)), within(2, java.time.temporal.ChronoUnit.MINUTES));
        process.fireTimer(registration(id), RegistrationProcess.EVENT_OPT_IN_EXPIRED);

        RegistrationView expired = registrations.find(id).orElseThrow();
        assertThat(expired.status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(expired.email()).doesNotContain("late@example.org");
        assertThat(expired.parts()).allMatch(part -> part.status() == PartBooking.Status.RELEASED);
        assertThat(intake.confirm(optIn)).isEqualTo(de.klimaflow.registration.Confirmation.INVALID);
        assertThat(process.running(RegistrationProcess.PROCESS_KEY, id)).isZero();
        // the address is free again
        register(event, "late@example.org", ParticipantRole.OTHER, evening(event));
    }

    @Test
    void aFullPartPutsTheNextPersonOnTheWaitlistAndACancellationPromotesThem() throws Exception {
        long event = publishedForum(1, 5);
        long first = confirmed(event, "first@example.org", ParticipantRole.ELECTED_OFFICIAL);
        sendMail(first, RegistrationProcess.TASK_SEND_CONFIRMATION);
        long second = confirmed(event, "second@example.org", ParticipantRole.ELECTED_OFFICIAL);
        assertThat(decision(second)).as("no seat left").isEqualTo(RegistrationProcess.WAITLIST);
        assertThat(registrations.find(second).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        sendMail(second, RegistrationProcess.TASK_SEND_WAITLISTED);

        String firstsLink = token(smtp.getReceivedMessages()[1], "/anmeldung/");
        IcsFiles.Ics booked = IcsFiles.of(mailTo("first@example.org", "Anmeldebestätigung"), "einladung.ics");
        assertThat(booked.method()).isEqualTo("REQUEST");
        assertThat(registrations.cancel(firstsLink)).isTrue();
        assertThat(registrations.find(first).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(sendMail(first, RegistrationProcess.TASK_SEND_CANCELLATION)).contains("storniert");
        IcsFiles.Ics cancelled = IcsFiles.of(mailTo("first@example.org", "Abmeldung bestätigt"), "absage.ics");
        assertThat(cancelled.method()).isEqualTo("CANCEL");
        assertThat(cancelled.uids()).as("the confirmation's appointments").isEqualTo(booked.uids());
        assertThat(cancelled.sequences().get(0))
                .isGreaterThan(booked.sequences().get(0));
        assertThat(process.running(RegistrationProcess.PROCESS_KEY, first))
                .as("the cancelled registration's process has ended")
                .isZero();
        assertThat(registrations.find(second).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(sendMail(second, RegistrationProcess.TASK_SEND_PROMOTION)).contains("Platz frei");
        assertThat(registrations.cancel(firstsLink)).as("cancelled once only").isFalse();
    }

    /**
     * A booking of both parts is two appointments; every change is mailed, and the calendar follows: the same UIDs,
     * a larger SEQUENCE each time, a CANCEL for what the person no longer holds.
     */
    @Test
    void everyChangeOfATwoPartBookingIsMailedAndTheCalendarFollows() throws Exception {
        long event = publishedForum(1, 5);
        List<Long> parts = events.overviewOf(event).orElseThrow().parts().stream()
                .map(EventOverview.PartOverview::id)
                .toList();
        String address = "beide" + System.nanoTime() + "@example.org";
        long id = register(event, address, ParticipantRole.OTHER, Set.copyOf(parts));
        intake.confirm(token(sendMail(id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/"));
        String link = token(sendMail(id, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
        IcsFiles.Ics booked = IcsFiles.of(mailTo(address, "Anmeldebestätigung"), "einladung.ics");
        assertThat(booked.uids()).as("one appointment per seated part").hasSize(2);

        // the person gives up the workshop day
        assertThat(registrations.changeParts(link, Set.of(parts.get(0)))).isTrue();
        assertThat(sendMail(id, RegistrationProcess.TASK_SEND_CHANGE))
                .contains("Abgemeldet von:", "Workshoptag", "Ihr Platz bleibt für:", "Abendveranstaltung");
        IcsFiles.Ics dropped = IcsFiles.of(mailTo(address, "Ihre Anmeldung wurde geändert"), "absage.ics");
        assertThat(dropped.method()).isEqualTo("CANCEL");
        assertThat(dropped.uids()).containsExactly(booked.uids().get(1));
        assertThat(dropped.sequences().get(0)).isGreaterThan(booked.sequences().get(1));

        // ... and books it again: an updated REQUEST for both, with a larger SEQUENCE still
        assertThat(registrations.changeParts(link, Set.copyOf(parts))).isTrue();
        sendMail(id, RegistrationProcess.TASK_SEND_CONFIRMATION);
        IcsFiles.Ics again = IcsFiles.of(mailTo(address, "Anmeldebestätigung"), "einladung.ics");
        assertThat(again.method()).isEqualTo("REQUEST");
        assertThat(again.uids()).isEqualTo(booked.uids());
        assertThat(again.sequences())
                .allSatisfy(sequence ->
                        assertThat(sequence).isGreaterThan(dropped.sequences().get(0)));

        // someone waits for the evening's one seat; the desk gives it to them and moves the person to the waiting
        // list: the person is told, without the desk's internal reason
        long waiting = confirmed(event, "wartet" + System.nanoTime() + "@example.org", ParticipantRole.OTHER);
        assertThat(registrations.find(waiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.moveToWaitlist(id, parts.get(0), "Platz für die Referentin"))
                .isEqualTo(de.klimaflow.registration.RegistrationService.Move.DONE);
        assertThat(sendMail(id, RegistrationProcess.TASK_SEND_CHANGE))
                .contains("jetzt auf der Warteliste", "Abendveranstaltung")
                .doesNotContain("Referentin");
        IcsFiles.Ics moved = IcsFiles.of(mailTo(address, "Ihre Anmeldung wurde geändert"), "absage.ics");
        assertThat(moved.uids()).containsExactly(booked.uids().get(0));
        assertThat(moved.sequences().get(0)).isGreaterThan(again.sequences().get(0));
        process.assertThatInstance(registration(id)).isWaitingAt(RegistrationProcess.GATEWAY_AWAIT_CHANGE);
    }

    /** An online meeting's link is in the confirmation and its calendar entry, and in no mail to someone waiting. */
    @Test
    void anOnlineMeetingsLinkReachesThoseWithASeatOnly() throws Exception {
        String link = "https://meet.example.org/netzwerktreffen-" + System.nanoTime();
        long event = fixtures.publish(de.klimaflow.events.EventDraftsForTests.online(
                fixtures.draft(1, 5), de.klimaflow.events.EventFormat.ONLINE, link));
        String seatedAddress = "online" + System.nanoTime() + "@example.org";
        long seated = confirmed(event, seatedAddress, ParticipantRole.ELECTED_OFFICIAL);
        String confirmation = sendMail(seated, RegistrationProcess.TASK_SEND_CONFIRMATION);
        assertThat(confirmation).contains("Zugang zur Videokonferenz", link);
        IcsFiles.Ics calendar = IcsFiles.of(mailTo(seatedAddress, "Anmeldebestätigung"), "einladung.ics");
        assertThat(calendar.text().replace("\r\n ", "")).contains("LOCATION:" + link, "URL:" + link);

        long waiting =
                confirmed(event, "wartend" + System.nanoTime() + "@example.org", ParticipantRole.ELECTED_OFFICIAL);
        assertThat(registrations.find(waiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(sendMail(waiting, RegistrationProcess.TASK_SEND_WAITLISTED)).doesNotContain(link);
        // the event team changes the link: everyone with a seat gets the new one, nobody waiting does
        String newLink = link + "-neu";
        de.klimaflow.events.Event stored = events.find(event).orElseThrow();
        publishedChanges.editPublished(
                event,
                new de.klimaflow.events.PublishedEdit(
                        String.valueOf(stored.getDescription()),
                        String.valueOf(stored.getContactName()),
                        String.valueOf(stored.getContactEmail()),
                        newLink,
                        stored.getParts().stream()
                                .map(part -> new de.klimaflow.events.PublishedEdit.Part(
                                        part.getId(), String.valueOf(part.getDescription()), part.getCapacity()))
                                .toList()));
        assertThat(de.klimaflow.support.MailOuts.run(
                        processEngine,
                        process.instance(de.klimaflow.events.process.EventPlanningProcess.PROCESS_KEY, event)
                                .getId(),
                        de.klimaflow.events.process.EventPlanningProcess.TASK_COMPOSE_VIDEO_LINK,
                        de.klimaflow.events.process.EventPlanningProcess.TASK_NOTIFY_VIDEO_LINK))
                .isEmpty();
        assertThat(ReceivedMail.text(mailTo(seatedAddress, "Neuer Zugang zur Videokonferenz")))
                .contains(newLink);
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()))
                .filteredOn(mail -> {
                    try {
                        return mail.getSubject().startsWith("Neuer Zugang");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .as("only the person with a seat")
                .hasSize(1);
        assertThat(eventCalendar.of(event))
                .as("the public calendar file keeps the link to itself")
                .hasValueSatisfying(ics -> assertThat(new String(ics, java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain(link));
    }

    @Test
    void someoneOutsideThePartsAudienceIsReviewedAndTheDeskDecides() throws Exception {
        de.klimaflow.support.TestUsers.ensure(identityService);
        de.klimaflow.support.TestUsers.signIn(authentication, de.klimaflow.support.TestUsers.REGISTRATION_DESK);
        long event = publishedForum(10, 5);
        // the evening is for elected officials and others; administration staff go to the desk
        long approved = confirmed(event, "verwaltung@example.org", ParticipantRole.ADMINISTRATION);
        assertThat(decision(approved)).isEqualTo(RegistrationProcess.REVIEW);
        assertThat(registrations.find(approved).orElseThrow().status()).isEqualTo(RegistrationStatus.IN_REVIEW);
        Task task = process.task(registration(approved), RegistrationProcess.TASK_REVIEW);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(review.reviewReason(approved))
                .as("the task says why, in the words of the decision table's row")
                .hasValue("Nicht in der Zielgruppe: die Anmeldestelle prüft");
        review.decide(task.getId(), approved, RegistrationFlow.Decision.APPROVE, "");
        assertThat(registrations.find(approved).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

        long rejected = confirmed(event, "abgelehnt@example.org", ParticipantRole.ADMINISTRATION);
        Task second = process.task(registration(rejected), RegistrationProcess.TASK_REVIEW);
        assertThatThrownBy(() -> review.decide(second.getId(), rejected, RegistrationFlow.Decision.REJECT, " "))
                .as("a rejection needs a reason")
                .isInstanceOf(IllegalArgumentException.class);
        review.decide(
                second.getId(), rejected, RegistrationFlow.Decision.REJECT, "Nur für Mandatsträger <b>gedacht</b>");
        assertThat(registrations.find(rejected).orElseThrow().status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(sendMail(rejected, RegistrationProcess.TASK_SEND_REJECTION))
                .contains("Nur für Mandatsträger <b>gedacht</b>")
                .as("the rejection names the event")
                .contains("„" + events.overviewOf(event).orElseThrow().title() + "“");
        assertThat(process.running(RegistrationProcess.PROCESS_KEY, rejected)).isZero();

        long waiting = confirmed(event, "warte@example.org", ParticipantRole.ADMINISTRATION);
        review.decide(
                process.task(registration(waiting), RegistrationProcess.TASK_REVIEW)
                        .getId(),
                waiting,
                RegistrationFlow.Decision.WAITLIST,
                "");
        assertThat(registrations.find(waiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void theSameAddressTwiceIsRecognisedAndClosedEventsTakeNoRegistrations() {
        long event = publishedForum(10, 5);
        long first = register(event, "Doppelt@Example.org", ParticipantRole.OTHER, evening(event));
        assertThat(register(event, " doppelt@example.org", ParticipantRole.OTHER, evening(event)))
                .as("the address's registration, told by mail")
                .isEqualTo(first);
        process.assertThatInstance(registration(first)).isWaitingAt(RegistrationProcess.TASK_SEND_REGISTERED_AGAIN);
        long draft = events.create(draft(10, 5));
        assertThatThrownBy(() -> register(draft, "x@example.org", ParticipantRole.OTHER, evening(draft)))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.CLOSED));
        assertThatThrownBy(() -> register(
                        event,
                        "y@example.org",
                        ParticipantRole.OTHER,
                        Set.of(evening(draft).iterator().next())))
                .isInstanceOfSatisfying(
                        RegistrationRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefused.Reason.UNKNOWN_PART));
    }

    // --- helpers

    @Test
    void moreSeatsFromStaffPromoteThoseWaitingInOrder() throws Exception {
        long event = publishedForum(1, 5);
        long seated = confirmed(event, "seated@example.org", ParticipantRole.ELECTED_OFFICIAL);
        long firstWaiting = confirmed(event, "first-waiting@example.org", ParticipantRole.ELECTED_OFFICIAL);
        long secondWaiting = confirmed(event, "second-waiting@example.org", ParticipantRole.ELECTED_OFFICIAL);
        sendMail(firstWaiting, RegistrationProcess.TASK_SEND_WAITLISTED);
        sendMail(secondWaiting, RegistrationProcess.TASK_SEND_WAITLISTED);

        long evening = fixtures.parts(event).get(0);
        assertThat(registrations.changeCapacity(evening, 2)).containsExactly(firstWaiting);

        assertThat(registrations.find(seated).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.find(firstWaiting).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.find(secondWaiting).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(sendMail(firstWaiting, RegistrationProcess.TASK_SEND_PROMOTION))
                .contains("Platz frei");
        assertThat(process.hasJob(registration(secondWaiting), RegistrationProcess.TASK_SEND_PROMOTION))
                .as("still waiting, no mail")
                .isFalse();
        assertThatThrownBy(() -> registrations.changeCapacity(evening, 1))
                .as("below the seats taken")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenRegistrationClosesEveryoneStillWaitingIsToldAndKeepsTheirPlace() throws Exception {
        long event = publishedForum(1, 5);
        long seated = confirmed(event, "seated@example.org", ParticipantRole.ELECTED_OFFICIAL);
        long waiting = confirmed(event, "waiting@example.org", ParticipantRole.ELECTED_OFFICIAL);
        sendMail(seated, RegistrationProcess.TASK_SEND_CONFIRMATION);
        sendMail(waiting, RegistrationProcess.TASK_SEND_WAITLISTED);
        ProcessInstance planning = process.instance(EventPlanningProcess.PROCESS_KEY, event);
        process.execute(planning, EventPlanningProcess.TASK_COMPOSE_INVITATIONS);

        process.fireTimer(planning, EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        assertThat(events.find(event).orElseThrow().getStatus())
                .isEqualTo(de.klimaflow.events.EventStatus.REGISTRATION_CLOSED);
        int before = smtp.getReceivedMessages().length;
        assertThat(MailOuts.run(
                        processEngine,
                        planning.getId(),
                        EventPlanningProcess.TASK_COMPOSE_STILL_WAITING,
                        EventPlanningProcess.TASK_NOTIFY_STILL_WAITING))
                .isEmpty();

        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
        jakarta.mail.internet.MimeMessage told = smtp.getReceivedMessages()[before];
        assertThat(((jakarta.mail.internet.InternetAddress) told.getAllRecipients()[0]).getAddress())
                .isEqualTo("waiting@example.org");
        assertThat(told.getSubject()).startsWith("Anmeldeschluss: ");
        assertThat(ReceivedMail.text(told))
                .contains("weiterhin auf der Warteliste")
                .contains("Abendveranstaltung");
        assertThat(registrations.find(waiting).orElseThrow().status())
                .as("keeps the place")
                .isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(Long.toString(event))
                        .taskDefinitionKey(EventPlanningProcess.TASK_PARTICIPANT_LIST)
                        .count())
                .isOne();
    }

    @Test
    void anExtendedDeadlineMovesTheWaitingTimerAndAMovedEventTellsEveryoneRegistered() throws Exception {
        long event = publishedForum(1, 5);
        long seated = confirmed(event, "seated@example.org", ParticipantRole.ELECTED_OFFICIAL);
        long waiting = confirmed(event, "waiting@example.org", ParticipantRole.ELECTED_OFFICIAL);
        String seatedLink = token(sendMail(seated, RegistrationProcess.TASK_SEND_CONFIRMATION), "/anmeldung/");
        sendMail(waiting, RegistrationProcess.TASK_SEND_WAITLISTED);
        ProcessInstance eventPlanning = process.instance(EventPlanningProcess.PROCESS_KEY, event);
        process.execute(eventPlanning, EventPlanningProcess.TASK_COMPOSE_INVITATIONS);
        EventOverview before = events.overviewOf(event).orElseThrow();
        java.time.LocalDate firstDay =
                before.startsAt().atZone(de.klimaflow.platform.Formats.ZONE).toLocalDate();

        Instant extended = before.registrationDeadline().plus(Duration.ofDays(3));
        planning.reschedule(event, extended, firstDay);
        assertThat(process.dueOf(eventPlanning, EventPlanningProcess.TIMER_REGISTRATION_DEADLINE))
                .as("the timer that already waited moved")
                .isEqualTo(extended.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(process.hasJob(eventPlanning, EventPlanningProcess.TASK_COMPOSE_RESCHEDULED))
                .as("same days: nobody is mailed")
                .isFalse();

        planning.reschedule(event, extended, firstDay.plusDays(7));
        EventOverview moved = events.overviewOf(event).orElseThrow();
        assertThat(moved.startsAt())
                .isEqualTo(before.startsAt()
                        .atZone(de.klimaflow.platform.Formats.ZONE)
                        .plusDays(7)
                        .toInstant());
        assertThat(moved.parts().get(1).startsAt())
                .isEqualTo(before.parts()
                        .get(1)
                        .startsAt()
                        .atZone(de.klimaflow.platform.Formats.ZONE)
                        .plusDays(7)
                        .toInstant());
        assertThat(runtimeService
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(eventPlanning.getId())
                        .variableName(EventPlanningProcess.VAR_EVENT_ENDS_AT)
                        .singleResult()
                        .getValue())
                .isEqualTo(java.util.Date.from(moved.parts().get(1).endsAt()));
        int sent = smtp.getReceivedMessages().length;
        assertThat(MailOuts.run(
                        processEngine,
                        eventPlanning.getId(),
                        EventPlanningProcess.TASK_COMPOSE_RESCHEDULED,
                        EventPlanningProcess.TASK_NOTIFY_RESCHEDULED))
                .isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(sent + 2);
        java.util.List<String> told = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().startsWith("Neuer Termin: ")) {
                told.add(((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getAddress());
            }
        }
        assertThat(told).containsExactlyInAnyOrder("seated@example.org", "waiting@example.org");
        process.assertThatInstance(eventPlanning)
                .as("main path still waits")
                .isWaitingAt(EventPlanningProcess.TIMER_REGISTRATION_DEADLINE);
        try {
            process.moveClocksTo(before.parts().get(1).endsAt().plus(Duration.ofHours(1)));
            assertThat(registrations.view(seatedLink))
                    .as("the personal link works until the new end")
                    .isPresent();
        } finally {
            process.resetClocks();
        }

        assertThatThrownBy(() ->
                        planning.reschedule(event, Instant.now().minus(Duration.ofHours(1)), firstDay.plusDays(7)))
                .isInstanceOfSatisfying(
                        de.klimaflow.events.EventValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::message)
                                .contains("event.error.deadlinePassed"));
        assertThatThrownBy(() -> planning.reschedule(event, extended, firstDay.minusDays(30)))
                .isInstanceOfSatisfying(
                        de.klimaflow.events.EventValidationException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::message)
                                .contains("event.error.startPassed"));
        assertThat(events.overviewOf(event).orElseThrow().startsAt())
                .as("refused changes store nothing")
                .isEqualTo(moved.startsAt());
    }

    private long confirmed(long event, String email, ParticipantRole role) throws Exception {
        long id = register(event, email, role, evening(event));
        String optIn = token(sendMail(id, RegistrationProcess.TASK_SEND_OPT_IN), "/anmeldung/bestaetigen/");
        assertThat(intake.confirm(optIn)).isEqualTo(de.klimaflow.registration.Confirmation.CONFIRMED);
        return id;
    }

    private long register(long event, String email, ParticipantRole role, Set<Long> parts) {
        return intake.register(
                event,
                parts,
                new NewRegistration("Person " + email, email, "Gemeinde Testdorf", role, null, Locale.GERMAN));
    }

    /** The newest mail to the address whose subject starts so. */
    private jakarta.mail.internet.MimeMessage mailTo(String address, String subject) throws Exception {
        jakarta.mail.internet.MimeMessage found = null;
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(address)
                    && message.getSubject().startsWith(subject)) {
                found = message;
            }
        }
        assertThat(found).as("a mail '" + subject + "' to " + address).isNotNull();
        return found;
    }

    private String sendMail(long registrationId, String step) throws Exception {
        return fixtures.sendMail(smtp, registrationId, step);
    }

    private static String token(String mailText, String prefix) {
        return RegistrationFixtures.token(mailText, prefix);
    }

    private static String token(jakarta.mail.internet.MimeMessage message, String prefix) throws Exception {
        return token(ReceivedMail.text(message), prefix);
    }

    private Object decision(long registrationId) {
        return fixtures.decision(registrationId);
    }

    private ProcessInstance registration(long registrationId) {
        return process.instance(RegistrationProcess.PROCESS_KEY, registrationId);
    }

    private Set<Long> evening(long event) {
        EventOverview overview = events.overviewOf(event).orElseThrow();
        return Set.of(overview.parts().get(0).id());
    }

    private EventDraft draft(int eveningSeats, int workshopSeats) {
        return fixtures.draft(eveningSeats, workshopSeats);
    }

    private long publishedForum(int eveningSeats, int workshopSeats) {
        return fixtures.publishedForum(eveningSeats, workshopSeats);
    }
}

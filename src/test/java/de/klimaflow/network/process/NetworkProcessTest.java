package de.klimaflow.network.process;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.NewManager;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.events.EventType;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.network.NetworkJoin;
import de.klimaflow.regions.MunicipalityKind;
import de.klimaflow.registration.Mailings;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.registration.process.RegistrationMailingProcess;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network: the quarterly timer opens the planning of the next meeting, members are invited when it is
 * published, a manager whose position was filled in a consultation is invited to it and registers through
 * the invitation, and a join request from outside ends in the directory with an invitation.
 */
class NetworkProcessTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.registration.Invitations invitations;

    @Autowired
    de.klimaflow.consultation.CaseTimeline caseTimeline;

    @Autowired
    NetworkMeetingFlow meetings;

    @Autowired
    NetworkJoinFlow joinFlow;

    @Autowired
    NetworkDirectory directory;

    @Autowired
    NetworkJoin joins;

    @Autowired
    Mailings mailings;

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Test
    void theQuarterlyTimerOpensThePlanningOfTheNextMeetingAndItsMembersAreInvited() throws Exception {
        Job quarterly =
                process.startTimer(NetworkMeetingCycleProcess.PROCESS_KEY, NetworkMeetingCycleProcess.START_QUARTERLY);
        // a cron timer runs in the server's time zone
        ZonedDateTime due = quarterly.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
        assertThat(due.getDayOfMonth()).isOne();
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.getHour()).isEqualTo(8);
        long before = planningTasks().size();
        try {
            process.fireStartTimer(NetworkMeetingCycleProcess.PROCESS_KEY, NetworkMeetingCycleProcess.START_QUARTERLY);
        } finally {
            process.resetClocks();
        }
        List<Task> planning = planningTasks();
        assertThat(planning).hasSize((int) before + 1);
        Task plan = planning.get(planning.size() - 1);
        assertThat(taskService.getIdentityLinksForTask(plan.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("event-team"));
        assertThat(managementService
                        .createJobQuery()
                        .processDefinitionKey(NetworkMeetingCycleProcess.PROCESS_KEY)
                        .activityId(NetworkMeetingCycleProcess.START_QUARTERLY)
                        .timers()
                        .singleResult()
                        .getDuedate())
                .as("the next quarter is scheduled")
                .isAfter(quarterly.getDuedate());

        // two managers are in the network before the meeting exists: nobody is invited yet
        String first = "erste-" + System.nanoTime() + "@kommune.example";
        String second = "zweite-" + System.nanoTime() + "@kommune.example";
        directory.enter("Erste Managerin", first, null, "Stadt Genthin", LocalDate.of(2024, 3, 1), null, true, null);
        directory.enter("Zweiter Manager", second, null, "Stadt Burg", LocalDate.of(2025, 9, 1), null, false, null);

        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        long meeting = meetings.planMeeting(plan.getId(), de.klimaflow.events.EventDraftsForTests.networkMeeting());
        assertThat(events.find(meeting).orElseThrow().getType()).isEqualTo(EventType.NETWORK_MEETING);
        assertThat(events.find(meeting).orElseThrow().isInvitationOnly()).isTrue();
        assertThat(invitations.invitations(meeting)).isEmpty();
        fixtures.approve(meeting);
        assertThat(invitations.invitations(meeting))
                .extracting(de.klimaflow.registration.Invitations.InvitationView::email)
                .contains(first, second);
        assertThat(directory.nextMeeting()).hasValue(meeting);

        // a position filled in a consultation: the new manager is in the directory and invited to that meeting
        String newManager = "neu-" + System.nanoTime() + "@wanzleben.example";
        long caseId = filledPosition(newManager);
        assertThat(directory.entries()).anySatisfy(entry -> {
            assertThat(entry.email()).isEqualTo(newManager);
            assertThat(entry.networkMember()).isTrue();
            assertThat(entry.publicListing()).isTrue();
            assertThat(entry.fundedBy())
                    .as("the directory says what the funding body granted, as the decision recorded it")
                    .isEqualTo("Landesförderung Klimaschutzmanagement: 70 % für 24 Monate");
        });
        assertThat(invitations.invitations(meeting))
                .extracting(de.klimaflow.registration.Invitations.InvitationView::email)
                .contains(newManager);

        // ... and registers through the link in their invitation
        String instance = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(RegistrationMailingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(
                        Long.toString(mailings.mailings(meeting).get(0).id()))
                .singleResult()
                .getId();
        managementService
                .createJobQuery()
                .processInstanceId(instance)
                .list()
                .forEach(job -> managementService.executeJob(job.getId()));
        String token = RegistrationFixtures.token(mailTo(newManager), "/anmeldung/einladung/");
        long registration = intake.register(
                meeting,
                Set.copyOf(fixtures.parts(meeting)),
                new NewRegistration(
                        "Lea Sommer",
                        newManager,
                        "Stadt Wanzleben-Börde",
                        ParticipantRole.CLIMATE_MANAGER,
                        null,
                        Locale.GERMAN),
                token);
        assertThat(registration).isPositive();
        assertThat(caseTimeline.of(caseId))
                .last()
                .satisfies(entry -> assertThat(entry.text()).startsWith("Stelle besetzt"));

        // withdrawn consent takes the entry off the public directory at once
        long listed = directory.entries().stream()
                .filter(e -> e.email().equals(first))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(directory.publicDirectory().values().stream().flatMap(List::stream))
                .anySatisfy(entry -> assertThat(entry.name()).isEqualTo("Erste Managerin"));
        directory.setPublicListing(listed, false);
        assertThat(directory.publicDirectory().values().stream().flatMap(List::stream))
                .noneSatisfy(entry -> assertThat(entry.name()).isEqualTo("Erste Managerin"));
    }

    @Test
    void anAcceptedJoinRequestEndsInTheDirectoryADeclinedOneDoesNot() throws Exception {
        String accepted = "beitritt-" + System.nanoTime() + "@kommune.example";
        String declined = "abgelehnt-" + System.nanoTime() + "@kommune.example";
        joins.request(request(accepted));
        joins.request(request(accepted));
        joins.request(request(declined));
        assertThat(joinInstancesAt(NetworkJoinProcess.TASK_SEND_KNOWN_ADDRESS_NOTICE))
                .as("the second request of an open request's address is told, not reviewed")
                .isOne();

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        long acceptedId = requestId(accepted);
        joinFlow.decideJoinRequest(reviewTask(accepted).getId(), acceptedId, true, null);
        String declineTask = reviewTask(declined).getId();
        long declinedId = requestId(declined);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> joinFlow.decideJoinRequest(declineTask, declinedId, false, " "))
                .as("a decline needs its reason")
                .isInstanceOf(IllegalArgumentException.class);
        joinFlow.decideJoinRequest(declineTask, declinedId, false, "Die Gemeinde liegt nicht in Sachsen-Anhalt.");
        process.execute(
                process.instance(NetworkJoinProcess.PROCESS_KEY, declinedId), NetworkJoinProcess.TASK_SEND_DECLINED);
        assertThat(de.klimaflow.support.ReceivedMail.textTo(smtp.getReceivedMessages(), declined))
                .contains(
                        "können Sie leider nicht aufnehmen", "Begründung: Die Gemeinde liegt nicht in Sachsen-Anhalt.");

        assertThat(directory.entries()).anySatisfy(entry -> {
            assertThat(entry.email()).isEqualTo(accepted);
            assertThat(entry.networkMember()).isTrue();
            assertThat(entry.publicListing()).isFalse();
        });
        assertThat(directory.entries())
                .noneSatisfy(entry -> assertThat(entry.email()).isEqualTo(declined));
        assertThat(joins.find(acceptedId).orElseThrow().name())
                .as("the entry holds the person now; the accepted request keeps only that it came")
                .isEqualTo("anonymisiert");
        long before = joinInstancesAt(NetworkJoinProcess.TASK_SEND_KNOWN_ADDRESS_NOTICE);
        joins.request(request(accepted));
        assertThat(joinInstancesAt(NetworkJoinProcess.TASK_SEND_KNOWN_ADDRESS_NOTICE))
                .as("a member asks again")
                .isEqualTo(before + 1);
    }

    // --- helpers

    private long filledPosition(String email) {
        long caseId = cases.open(
                new NewCase(
                        "Stadt Wanzleben-Börde",
                        "Petra Vogel",
                        "vogel@wanzleben.example",
                        null,
                        "Erste Stelle im Klimaschutzmanagement"),
                Channel.PHONE);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        var consultation = process.instance(ConsultationProcess.PROCESS_KEY, caseId);
        consultations.completeInitialConsultation(
                process.task(consultation, ConsultationProcess.TASK_INITIAL_CONSULTATION)
                        .getId(),
                caseId,
                new InitialFacts(null, MunicipalityKind.TOWN, 14_000, true, true, null, ""));
        consultations.completeReview(
                process.task(consultation, ConsultationProcess.TASK_REVIEW_PROPOSAL)
                        .getId(),
                caseId,
                List.of("LAND-KSM"),
                List.of(),
                "");
        process.execute(consultation, ConsultationProcess.TASK_SEND_INFO_PACKAGE);
        consultations.completeApplication(
                process.task(consultation, ConsultationProcess.TASK_SUPPORT_APPLICATION)
                        .getId(),
                caseId,
                LocalDate.of(2026, 11, 2),
                "");
        consultations.recordDecision(
                caseId,
                true,
                LocalDate.of(2026, 11, 20),
                "",
                new de.klimaflow.consultation.Grant("LAND-KSM", 70, null, 24));
        consultations.completeFillPosition(
                process.task(consultation, ConsultationProcess.TASK_FILL_POSITION)
                        .getId(),
                caseId,
                new NewManager("Lea Sommer", email, LocalDate.of(2027, 1, 1), true));
        return caseId;
    }

    private List<Task> planningTasks() {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(NetworkMeetingCycleProcess.PROCESS_KEY)
                .taskDefinitionKey(NetworkMeetingCycleProcess.TASK_PLAN_MEETING)
                .orderByTaskCreateTime()
                .asc()
                .list();
    }

    private static NetworkJoin.NewJoinRequest request(String email) {
        return new NetworkJoin.NewJoinRequest(
                "Nina Neu", email, "Gemeinde Barleben", LocalDate.of(2026, 6, 1), "Hallo", false);
    }

    private long joinInstancesAt(String activityId) {
        return managementService
                .createJobQuery()
                .processDefinitionKey(NetworkJoinProcess.PROCESS_KEY)
                .activityId(activityId)
                .count();
    }

    private long requestId(String email) {
        return Long.parseLong(businessKey(reviewTask(email)));
    }

    private String businessKey(Task task) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    private Task reviewTask(String email) {
        return taskService.createTaskQuery().processDefinitionKey(NetworkJoinProcess.PROCESS_KEY).list().stream()
                .filter(task -> joins.find(Long.parseLong(businessKey(task)))
                        .map(r -> r.email().equals(email))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
    }

    private String mailTo(String address) throws Exception {
        return ReceivedMail.textTo(smtp.getReceivedMessages(), address);
    }
}

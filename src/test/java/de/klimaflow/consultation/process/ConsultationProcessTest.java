package de.klimaflow.consultation.process;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ConsultationStage;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.consultation.NewManager;
import de.klimaflow.regions.MunicipalityKind;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestUsers;

import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every path of the consultation, with its timers driven through the engine's clock. */
class ConsultationProcessTest extends ProcessTestBase {

    @Autowired
    de.klimaflow.consultation.CaseQueries caseQueries;

    @Autowired
    de.klimaflow.consultation.CaseTimeline caseTimeline;

    @Autowired
    ConsultationService cases;

    @Autowired
    ConsultationFlow consultations;

    @Test
    void grantedFundingEndsWithTheFilledPositionAndEveryStepOnTheTimeline() throws Exception {
        long caseId = open("Stadt Wanzleben-Börde");
        process.assertThatInstance(instance(caseId)).isWaitingAt(ConsultationProcess.TASK_INITIAL_CONSULTATION);
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.CONSULTATION);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        initialConsultation(caseId, 14_000, false, true);

        // the decision table proposed the state programme and the federal first-time programme
        assertThat(caseQueries.details(caseId).orElseThrow().proposedProgrammes())
                .containsExactlyInAnyOrder("LAND-KSM", "BUND-KSM-ERST");
        assertThat(runtimeService.getVariable(instance(caseId).getId(), ConsultationProcess.VAR_PROPOSAL))
                .as("only small values stay")
                .isNull();
        consultations.completeReview(
                reviewTask(caseId),
                caseId,
                List.of("LAND-KSM"),
                List.of("Einstiegsqualifizierung Klimaschutzmanagement"),
                "Anbei wie besprochen die Unterlagen.");

        process.execute(instance(caseId), ConsultationProcess.TASK_SEND_INFO_PACKAGE);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject())
                .isEqualTo("Ihre Informationen zur Stelle im Klimaschutzmanagement: Stadt Wanzleben-Börde");
        assertThat(ReceivedMail.text(mail))
                .contains(
                        "Anbei wie besprochen die Unterlagen.",
                        "Landesförderung Klimaschutzmanagement (Land Sachsen-Anhalt): 60 % für 36 Monate, Antrag bei Investitionsbank",
                        "Einstiegsqualifizierung Klimaschutzmanagement",
                        "Ratsbeschluss");

        consultations.completeApplication(applicationTask(caseId), caseId, LocalDate.of(2026, 11, 20), "");
        assertThat(consultations.waitsForDecision(caseId)).isTrue();
        consultations.recordDecision(
                caseId,
                true,
                LocalDate.of(2027, 2, 1),
                "Bescheid liegt vor",
                new de.klimaflow.consultation.Grant("LAND-KSM", 70, null, 24));
        process.assertThatInstance(instance(caseId)).isWaitingAt(ConsultationProcess.TASK_FILL_POSITION);
        consultations.completeFillPosition(
                process.task(instance(caseId), ConsultationProcess.TASK_FILL_POSITION)
                        .getId(),
                caseId,
                new NewManager("Lea Sommer", "sommer@wanzleben.example", LocalDate.of(2027, 4, 1), true));

        assertThat(process.running(ConsultationProcess.PROCESS_KEY, caseId)).isZero();
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.FILLED);
        assertThat(caseTimeline.of(caseId))
                .extracting(ConsultationService.TimelineEntry::kind)
                .containsExactly(
                        "RECEIVED", "STEP", "STEP", "STEP", "STEP", "STEP", "MAIL", "STEP", "DECISION", "STEP");
        assertThat(caseTimeline.of(caseId).get(4).text())
                .as("who took the first step advises from then on")
                .isEqualTo("Beratung übernommen von Test " + TestUsers.ADVISOR);
        assertThat(caseTimeline.of(caseId).get(9).text()).isEqualTo("Stelle besetzt: Lea Sommer ab 01.04.2027");
        // the same steps read in English in the English UI; what people wrote (the question) stays as it was
        List<ConsultationService.TimelineEntry> english = caseTimeline.of(caseId, java.util.Locale.ENGLISH);
        assertThat(english.get(0).text())
                .isEqualTo(caseTimeline.of(caseId).get(0).text());
        assertThat(english.get(4).text()).isEqualTo("Consultation taken over by Test " + TestUsers.ADVISOR);
        assertThat(english.get(9).text()).isEqualTo("Position filled: Lea Sommer from 01.04.2027");
        assertThat(english)
                .extracting(ConsultationService.TimelineEntry::text)
                .noneMatch(
                        text -> text.contains("Erstberatung") || text.contains("Förder") || text.contains("Einwohner"));
    }

    @Test
    void rejectedFundingIsFollowedByAdviceOnAlternatives() {
        long caseId = toDecision();
        consultations.recordDecision(caseId, false, LocalDate.of(2027, 2, 1), "Mittel ausgeschöpft", null);
        process.assertThatInstance(instance(caseId)).isWaitingAt(ConsultationProcess.TASK_ADVISE_ALTERNATIVES);
        String alternatives = process.task(instance(caseId), ConsultationProcess.TASK_ADVISE_ALTERNATIVES)
                .getId();
        assertThatThrownBy(() -> consultations.completeAlternatives(alternatives, caseId, " "))
                .isInstanceOf(IllegalArgumentException.class);
        consultations.completeAlternatives(alternatives, caseId, "Gemeinsame Stelle mit der Nachbargemeinde");
        assertThat(caseQueries.details(caseId).orElseThrow().stage())
                .isEqualTo(ConsultationStage.CLOSED_WITHOUT_FUNDING);
        assertThat(caseQueries.details(caseId).orElseThrow().decision()).isEqualTo("REJECTED");
        assertThat(consultations.isRunning(caseId)).isFalse();
    }

    @Test
    void theFollowUpTimerAsksTheMunicipalityEveryFourWeeksUntilTheDecision() {
        long caseId = toDecision();
        for (int round = 1; round <= 2; round++) {
            process.fireTimer(instance(caseId), ConsultationProcess.TIMER_FOLLOW_UP);
            process.assertThatInstance(instance(caseId))
                    .as("round " + round + ": a task for the advisor, not just a mail")
                    .isWaitingAt(ConsultationProcess.TASK_ASK_MUNICIPALITY);
            Task ask = process.task(instance(caseId), ConsultationProcess.TASK_ASK_MUNICIPALITY);
            consultations.completeAsk(ask.getId(), caseId, "Noch kein Bescheid, Runde " + round);
        }
        assertThat(process.hasJob(instance(caseId), ConsultationProcess.TIMER_FOLLOW_UP))
                .as("the cycle goes on while the decision is out")
                .isTrue();
        assertThat(consultations.waitsForDecision(caseId)).isTrue();
        assertThat(caseTimeline.of(caseId))
                .filteredOn(entry -> entry.kind().equals("CALL"))
                .hasSize(2);

        consultations.recordDecision(
                caseId,
                true,
                LocalDate.of(2027, 3, 1),
                "",
                new de.klimaflow.consultation.Grant("LAND-KSM", 70, null, 24));
        assertThat(process.hasJob(instance(caseId), ConsultationProcess.TIMER_FOLLOW_UP))
                .as("no more follow-ups")
                .isFalse();
    }

    @Test
    void theMunicipalityWithdrawsBeforeTheConsultation() {
        long caseId = open("Gemeinde Sülzetal");
        withdrawAndCheck(caseId);
    }

    @Test
    void theMunicipalityWithdrawsWhileTheApplicationIsPrepared() {
        long caseId = open("Stadt Genthin");
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        initialConsultation(caseId, 14_000, true, true);
        consultations.completeReview(reviewTask(caseId), caseId, List.of("LAND-KSM"), List.of(), "");
        String instanceId = instance(caseId).getId();
        assertThat(process.hasJob(instance(caseId), ConsultationProcess.TASK_SEND_INFO_PACKAGE))
                .isTrue();
        withdrawAndCheck(caseId);
        assertThat(managementService
                        .createJobQuery()
                        .processInstanceId(instanceId)
                        .count())
                .as("the pending information package is not sent")
                .isZero();
    }

    @Test
    void theMunicipalityWithdrawsWhileWaitingForTheDecision() {
        long caseId = toDecision();
        withdrawAndCheck(caseId);
        assertThatThrownBy(() -> consultations.recordDecision(
                        caseId,
                        true,
                        LocalDate.of(2027, 1, 1),
                        "",
                        new de.klimaflow.consultation.Grant("LAND-KSM", 70, null, 24)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAdvisorOfTheMunicipalitysRegionGetsTheCaseAndAnotherCanTakeItOver() {
        String region = "Beratungsregion " + System.nanoTime();
        jdbc.update("insert into planning_region (name, advisor) values (?, ?)", region, TestUsers.ADVISOR);
        long regionId = jdbc.queryForObject("select id from planning_region where name = ?", Long.class, region);
        jdbc.update("insert into district (region_id, name, kind) values (?, 'Harz', 'DISTRICT')", regionId);
        long district = jdbc.queryForObject("select id from district where region_id = ?", Long.class, regionId);
        String town = "Osterwieck " + System.nanoTime();
        jdbc.update(
                "insert into municipality (district_id, name, kind, population) values (?, ?, 'TOWN', 11000)",
                district,
                town);

        long caseId = open("Stadt " + town);
        assertThat(process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION)
                        .getAssignee())
                .isEqualTo(TestUsers.ADVISOR);
        assertThat(caseTimeline.of(caseId).get(1).text())
                .startsWith("Zugewiesen an")
                .endsWith("(Region " + region + ")");
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        consultations.reassign(caseId, TestUsers.SECOND_ADVISOR);
        assertThat(process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION)
                        .getAssignee())
                .isEqualTo(TestUsers.SECOND_ADVISOR);
        assertThat(caseQueries.details(caseId).orElseThrow().advisor()).isEqualTo(TestUsers.SECOND_ADVISOR);
    }

    /** A request from the website is acknowledged with its number and who will call; one entered by staff is not. */
    @Test
    void aRequestFromTheWebsiteIsAcknowledgedWithItsNumberAndWhoGetsInTouch() throws Exception {
        String address = "anfrage" + System.nanoTime() + "@kommune.example";
        long web = cases.open(
                new NewCase("Stadt Wolmirstedt", "Petra Prüfer", address, null, "Wie fangen wir an?"), Channel.WEB);
        jdbc.update("update consultation_case set advisor = ? where id = ?", TestUsers.ADVISOR, web);
        process.assertThatInstance(instance(web))
                .isWaitingAt(
                        ConsultationProcess.TASK_SEND_ACKNOWLEDGEMENT, ConsultationProcess.TASK_INITIAL_CONSULTATION);
        process.execute(instance(web), ConsultationProcess.TASK_SEND_ACKNOWLEDGEMENT);
        assertThat(de.klimaflow.support.ReceivedMail.textTo(smtp.getReceivedMessages(), address))
                .contains("unter der Nummer #" + web, "Stadt Wolmirstedt")
                .contains(
                        "Es meldet sich bei Ihnen Test " + TestUsers.ADVISOR, TestUsers.ADVISOR + "@klimaflow.example");
        process.assertThatInstance(instance(web)).isWaitingAt(ConsultationProcess.TASK_INITIAL_CONSULTATION);

        int before = smtp.getReceivedMessages().length;
        long call = cases.open(
                new NewCase("Stadt Haldensleben", "Hans Hörer", "hoerer@kommune.example", null, "Anruf"),
                Channel.PHONE);
        assertThat(process.hasJob(instance(call), ConsultationProcess.TASK_SEND_ACKNOWLEDGEMENT))
                .as("a call needs no acknowledgement")
                .isFalse();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void anOverdueStepRemindsAndStaysOpen() {
        long caseId = open("Stadt Wolmirstedt");
        Task task = process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION);
        assertThat(process.dueOf(instance(caseId), "Boundary_InitialConsultationOverdue"))
                .isCloseTo(task.getDueDate().toInstant(), within(1, ChronoUnit.SECONDS));
        assertThat(Duration.between(
                        task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .isBetween(
                        Duration.ofDays(5).minusSeconds(1), Duration.ofDays(5).plusSeconds(1));
        process.fireTimer(instance(caseId), "Boundary_InitialConsultationOverdue");
        process.execute(instance(caseId), "Task_RemindInitialConsultation");
        assertThat(taskService.getTaskComments(task.getId()))
                .singleElement()
                .satisfies(comment -> assertThat(comment.getFullMessage()).contains("überfällig"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
                .as("non-interrupting")
                .isOne();
    }

    @Test
    void invalidRequestsAreRefusedAndNothingIsStored() {
        long before = jdbc.queryForObject("select count(*) from consultation_case", Long.class);
        assertThatThrownBy(() -> cases.open(new NewCase("", "A", "a@b.example", null, "Frage"), Channel.WEB))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> cases.open(new NewCase("Stadt", "A", "kein-mail", null, "Frage"), Channel.WEB))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> cases.open(new NewCase("Stadt", "A", "a@b.example", "<script>", "Frage"), Channel.WEB))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(
                        () -> cases.open(new NewCase("Stadt", "A", "a@b.example", null, "x".repeat(4001)), Channel.WEB))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from consultation_case", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aStepFailsAsAWholeWhenSomeoneElseHoldsTheTask() {
        long caseId = open("Stadt Burg");
        Task task = process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION);
        taskService.setAssignee(task.getId(), TestUsers.SECOND_ADVISOR);
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        assertThatThrownBy(() -> initialConsultation(caseId, 22_000, true, true))
                .isInstanceOf(de.klimaflow.tasks.TaskNotAvailableException.class);
        assertThat(caseQueries.details(caseId).orElseThrow().population())
                .as("rolled back with the completion")
                .isNull();
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.CONSULTATION);
    }

    // --- helpers

    private long toDecision() {
        long caseId = open("Stadt Haldensleben " + System.nanoTime());
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        initialConsultation(caseId, 19_000, true, false);
        assertThat(caseQueries.details(caseId).orElseThrow().proposedProgrammes())
                .containsExactly("BUND-KSM-ANSCHLUSS");
        consultations.completeReview(reviewTask(caseId), caseId, List.of("BUND-KSM-ANSCHLUSS"), List.of(), "");
        process.execute(instance(caseId), ConsultationProcess.TASK_SEND_INFO_PACKAGE);
        consultations.completeApplication(applicationTask(caseId), caseId, LocalDate.of(2026, 11, 2), "");
        return caseId;
    }

    private void withdrawAndCheck(long caseId) {
        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        assertThatThrownBy(() -> consultations.withdraw(caseId, "")).isInstanceOf(IllegalArgumentException.class);
        consultations.withdraw(caseId, "Der Rat hat die Stelle gestrichen");
        assertThat(consultations.isRunning(caseId)).isFalse();
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(Long.toString(caseId))
                        .count())
                .isZero();
        assertThat(caseQueries.details(caseId).orElseThrow().stage()).isEqualTo(ConsultationStage.WITHDRAWN);
        assertThat(caseTimeline.of(caseId)).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("WITHDRAWN");
            assertThat(entry.text()).contains("Der Rat hat die Stelle gestrichen");
        });
    }

    private void initialConsultation(long caseId, int population, boolean hasConcept, boolean first) {
        consultations.completeInitialConsultation(
                process.task(instance(caseId), ConsultationProcess.TASK_INITIAL_CONSULTATION)
                        .getId(),
                caseId,
                new InitialFacts(
                        null,
                        MunicipalityKind.TOWN,
                        population,
                        hasConcept,
                        first,
                        LocalDate.of(2027, 4, 1),
                        "Rat hat Stelle beschlossen"));
    }

    private long open(String municipality) {
        return cases.open(
                new NewCase(
                        municipality,
                        "Petra Vogel",
                        "vogel@kommune.example",
                        "0391 123456",
                        "Wir planen eine Stelle im Klimaschutzmanagement. Wie wird sie gefördert?"),
                Channel.PHONE);
    }

    private ProcessInstance instance(long caseId) {
        return process.instance(ConsultationProcess.PROCESS_KEY, caseId);
    }

    private String reviewTask(long caseId) {
        return process.task(instance(caseId), ConsultationProcess.TASK_REVIEW_PROPOSAL)
                .getId();
    }

    private String applicationTask(long caseId) {
        return process.task(instance(caseId), ConsultationProcess.TASK_SUPPORT_APPLICATION)
                .getId();
    }
}

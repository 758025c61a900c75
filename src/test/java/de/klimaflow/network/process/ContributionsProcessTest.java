package de.klimaflow.network.process;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.klimaflow.events.Programme;
import de.klimaflow.network.Contributions;
import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.registration.RegistrationFixtures;
import de.klimaflow.support.MailOuts;
import de.klimaflow.support.ProcessTestBase;
import de.klimaflow.support.PublicForms;
import de.klimaflow.support.ReceivedMail;
import de.klimaflow.support.TestClock;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call for contributions on the real engine: planning a meeting calls every member by mail with a personal link;
 * a proposal starts the event team's review; accepted, it is on the agenda with the member as speaker; declined, the
 * member gets the reason. The link is kept only as a hash and stops working once the proposal is decided.
 */
class ContributionsProcessTest extends ProcessTestBase {

    @Autowired
    NetworkDirectory directory;

    @Autowired
    NetworkMeetingFlow meetings;

    @Autowired
    NetworkContributionFlow reviews;

    @Autowired
    Contributions contributions;

    @Autowired
    Programme programme;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestClock clock;

    @Autowired
    List<PersonalDataHolder> holders;

    @LocalServerPort
    int port;

    @Test
    void membersProposeAndTheEventTeamAcceptsOneOntoTheAgendaAndDeclinesOneWithItsReason() throws Exception {
        String accepted = "solar-" + System.nanoTime() + "@kommune.example";
        String declined = "wind-" + System.nanoTime() + "@kommune.example";
        directory.enter("Jana Solar", accepted, null, "Stadt Genthin", LocalDate.of(2024, 3, 1), null, false, null);
        directory.enter("Till Wind", declined, null, "Stadt Burg", LocalDate.of(2025, 9, 1), null, false, null);
        ProcessInstance cycle = runtimeService.startProcessInstanceByKey(NetworkMeetingCycleProcess.PROCESS_KEY);
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        long meeting = meetings.planMeeting(
                process.task(cycle, NetworkMeetingCycleProcess.TASK_PLAN_MEETING)
                        .getId(),
                de.klimaflow.events.EventDraftsForTests.networkMeeting());
        assertThat(MailOuts.run(
                        engine,
                        cycle.getId(),
                        NetworkMeetingCycleProcess.TASK_COMPOSE_CONTRIBUTION_CALL,
                        NetworkMeetingCycleProcess.TASK_SEND_CONTRIBUTION_CALL))
                .isEmpty();
        String call = ReceivedMail.textTo(smtp.getReceivedMessages(), accepted);
        assertThat(call)
                .contains("Guten Tag Jana Solar", "suchen wir Projekte aus dem Netzwerk", "Beitrag vorschlagen");
        String token = RegistrationFixtures.token(call, Links.NETWORK_CONTRIBUTION + "/");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contribution where token_hash = ?",
                        Integer.class,
                        de.klimaflow.platform.PersonalTokens.hash(token)))
                .as("the link is stored only as its hash")
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from contribution where token_hash = ?", Integer.class, token))
                .isZero();

        // the form refuses an empty proposal and stores nothing; a hostile one is kept as text
        WebSession member = new WebSession(port);
        String form = Links.networkContribution(token);
        assertThat(member.get(form).body()).contains("Beitrag zum Netzwerktreffen vorschlagen", "Guten Tag Jana Solar");
        HttpResponse<String> empty = PublicForms.submit(member, clock, form, Map.of("title", " ", "summary", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Bitte ausfüllen.");
        HttpResponse<String> oversized = PublicForms.submit(
                member,
                clock,
                form,
                Map.of(
                        "title",
                        "x".repeat(Contributions.MAX_TITLE + 1),
                        "summary",
                        "y".repeat(Contributions.MAX_SUMMARY + 1)));
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(oversized.body())
                .contains(
                        "Bitte höchstens 200 Zeichen.",
                        "Bitte höchstens 2.000 Zeichen.",
                        "Ihre Angaben sind noch nicht abgeschickt.");
        assertThat(status(meeting, accepted)).isEqualTo("CALLED");
        HttpResponse<String> sent = PublicForms.submit(
                member,
                clock,
                form,
                Map.of(
                        "title", "Solarkataster <b>für alle</b>",
                        "summary", "Wie Genthin alle Dächer erfasst hat.\n<script>alert(1)</script>"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(status(meeting, accepted)).isEqualTo("PROPOSED");
        // changed before the decision: still one review
        PublicForms.submit(
                member,
                clock,
                form,
                Map.of("title", "Solarkataster für alle", "summary", "Wie Genthin alle Dächer erfasst hat."));

        String otherToken = RegistrationFixtures.token(
                ReceivedMail.textTo(smtp.getReceivedMessages(), declined), Links.NETWORK_CONTRIBUTION + "/");
        assertThat(PublicForms.submit(
                                new WebSession(port),
                                clock,
                                Links.networkContribution(otherToken),
                                Map.of("title", "Windpark der Bürger", "summary", "Ein Bürgerwindpark."))
                        .statusCode())
                .isEqualTo(302);

        Task acceptReview = review(meeting, accepted);
        Task declineReview = review(meeting, declined);
        reviews.decide(acceptReview.getId(), id(meeting, accepted), true, "");
        reviews.decide(declineReview.getId(), id(meeting, declined), false, "Das Thema hatten wir im letzten Quartal.");
        assertThat(programme.agenda(meeting)).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Solarkataster für alle");
            assertThat(item.speakers()).singleElement().satisfies(speaker -> {
                assertThat(speaker.name()).isEqualTo("Jana Solar");
                assertThat(speaker.organisation()).isEqualTo("Stadt Genthin");
                assertThat(speaker.email()).isEqualTo(accepted);
            });
        });
        process.execute(instanceOf(acceptReview), NetworkContributionProcess.TASK_SEND_ACCEPTED);
        process.execute(instanceOf(declineReview), NetworkContributionProcess.TASK_SEND_DECLINED);
        assertThat(lastMailTo(accepted)).contains("„Solarkataster für alle“ steht im Programm");
        assertThat(lastMailTo(declined)).contains("Windpark der Bürger", "Das Thema hatten wir im letzten Quartal.");

        assertThat(member.get(form).statusCode())
                .as("decided: the link opens nothing")
                .isEqualTo(404);

        PersonalDataHolder network = holders.stream()
                .filter(holder -> holder.categories().contains("privacy.category.contributions"))
                .findFirst()
                .orElseThrow();
        assertThat(network.find(declined))
                .filteredOn(held -> held.category().equals("privacy.category.contributions"))
                .singleElement()
                .satisfies(held -> assertThat(held.items()).hasSize(1));
        long declinedId = id(meeting, declined);
        assertThat(network.erase(declined, "privacy.category.contributions").count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select status || ' ' || name || ' ' || coalesce(summary, '-') from contribution where id = ?",
                        String.class,
                        declinedId))
                .as("the decision stays, the person and the text go")
                .isEqualTo("DECLINED anonymisiert -");
    }

    private String lastMailTo(String address) throws Exception {
        jakarta.mail.internet.MimeMessage[] all = smtp.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            if (java.util.Arrays.stream(all[i].getAllRecipients())
                    .anyMatch(to -> to.toString().contains(address))) {
                return ReceivedMail.text(all[i]);
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private String status(long meeting, String email) {
        return jdbc.queryForObject(
                "select status from contribution where event_id = ? and email = ?", String.class, meeting, email);
    }

    private long id(long meeting, String email) {
        return jdbc.queryForObject(
                "select id from contribution where event_id = ? and email like ?", Long.class, meeting, email);
    }

    private Task review(long meeting, String email) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processDefinitionKey(NetworkContributionProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(id(meeting, email)))
                .list();
        assertThat(tasks)
                .as("one review per proposal, however often it was changed")
                .hasSize(1);
        assertThat(tasks.get(0).getTaskDefinitionKey()).isEqualTo(NetworkContributionProcess.TASK_REVIEW_CONTRIBUTION);
        return tasks.get(0);
    }

    private ProcessInstance instanceOf(Task task) {
        return runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
    }
}

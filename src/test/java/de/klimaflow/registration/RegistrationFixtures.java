package de.klimaflow.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventType;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.ProcessDriver;
import de.klimaflow.support.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;

/** Published forums and the registration process's mail steps, driven on the real engine; a bean of the test context. */
public class RegistrationFixtures {

    private static final Pattern LINK = Pattern.compile("https://klimaflow\\.example(/\\S+)");

    private final EventService events;
    private final Venues venues;
    private final ProcessDriver process;
    private final RuntimeService runtime;
    private final ManagementService management;

    public RegistrationFixtures(
            EventService events,
            Venues venues,
            ProcessDriver process,
            RuntimeService runtime,
            ManagementService management) {
        this.events = events;
        this.venues = venues;
        this.process = process;
        this.runtime = runtime;
        this.management = management;
    }

    /** A forum whose registration is open now: evening for elected officials and others, a workshop for administration. */
    public EventDraft draft(int eveningSeats, int workshopSeats) {
        Instant start = Instant.now().plus(Duration.ofDays(14));
        return new EventDraft(
                EventType.REGIONAL_FORUM,
                "Anmeldetest " + System.nanoTime(),
                "Forum",
                null,
                null,
                EventDraftsForTests.venue(venues),
                EventFormat.ON_SITE,
                null,
                false,
                true,
                null,
                Instant.now().plus(Duration.ofDays(7)),
                "Eva Winkler",
                "eva@lena.example",
                List.of(
                        new EventDraft.Part(
                                "Abendveranstaltung",
                                null,
                                start,
                                start.plus(Duration.ofHours(2)),
                                eveningSeats,
                                Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        new EventDraft.Part(
                                "Workshoptag",
                                null,
                                start.plus(Duration.ofDays(1)),
                                start.plus(Duration.ofDays(1)).plus(Duration.ofHours(6)),
                                workshopSeats,
                                Set.of(Audience.ADMINISTRATION, Audience.OTHERS))));
    }

    /** Plans, approves and publishes the draft through its planning process; returns the event id. */
    public long publish(EventDraft draft) {
        long event = events.create(draft);
        approve(event);
        return event;
    }

    /** Takes a created event through its planning steps to publication. */
    public void approve(long event) {
        for (String step : new String[] {
            EventPlanningProcess.TASK_BOOK_VENUE,
            EventPlanningProcess.TASK_PREPARE_AGENDA,
            EventPlanningProcess.TASK_APPROVE
        }) {
            process.complete(
                    process.instance(EventPlanningProcess.PROCESS_KEY, event),
                    step,
                    Map.of(EventPlanningProcess.VAR_APPROVED, true));
        }
    }

    /** The opt-in mails of these registrations go out first, as in real life; then their processes wait for the link. */
    public void sendOptInMails(java.util.Collection<Long> registrationIds) {
        Set<String> ours = registrationIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        Set<String> instances =
                runtime.createProcessInstanceQuery().processDefinitionKey("registration").list().stream()
                        .filter(instance -> ours.contains(instance.getBusinessKey()))
                        .map(instance -> instance.getId())
                        .collect(java.util.stream.Collectors.toSet());
        management.createJobQuery().processDefinitionKey("registration").executable().list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** Two workshops side by side in one slot, in rooms "Saal 1" and "Saal 2". */
    public EventDraft parallelWorkshops(int firstSeats, int secondSeats) {
        Instant start = Instant.now().plus(Duration.ofDays(10));
        Instant end = start.plus(Duration.ofHours(3));
        return new EventDraft(
                EventType.REGIONAL_FORUM,
                "Workshoptag " + System.nanoTime(),
                "Forum",
                null,
                null,
                EventDraftsForTests.venue(venues),
                EventFormat.ON_SITE,
                null,
                false,
                true,
                null,
                Instant.now().plus(Duration.ofDays(5)),
                "Eva Winkler",
                "eva@lena.example",
                List.of(
                        new EventDraft.Part(
                                "Workshop Wärmenetze",
                                null,
                                start,
                                end,
                                firstSeats,
                                Set.of(Audience.OTHERS, Audience.ELECTED_OFFICIALS),
                                "Workshops",
                                "Saal 1"),
                        new EventDraft.Part(
                                "Workshop Förderung",
                                null,
                                start,
                                end,
                                secondSeats,
                                Set.of(Audience.OTHERS, Audience.ELECTED_OFFICIALS),
                                "Workshops",
                                "Saal 2")));
    }

    public long publishedForum(int eveningSeats, int workshopSeats) {
        return publish(draft(eveningSeats, workshopSeats));
    }

    public List<Long> parts(long event) {
        return events.overviewOf(event).orElseThrow().parts().stream()
                .map(EventOverview.PartOverview::id)
                .toList();
    }

    /** Runs the registration's pending mail job of that step; returns the text of the mail it sent to the test's server. */
    public String sendMail(GreenMailExtension smtp, long registrationId, String step) throws Exception {
        Job job = management
                .createJobQuery()
                .processInstanceId(instance(registrationId))
                .activityId(step)
                .singleResult();
        assertThat(job).as("mail job of " + step).isNotNull();
        // GreenMail lists messages per mailbox, not in order of arrival: the new one is the one not seen before
        java.util.Set<String> before = new java.util.HashSet<>();
        for (jakarta.mail.internet.MimeMessage seen : smtp.getReceivedMessages()) {
            before.add(seen.getMessageID());
        }
        management.executeJob(job.getId());
        assertThat(smtp.getReceivedMessages()).hasSize(before.size() + 1);
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            if (!before.contains(message.getMessageID())) {
                return ReceivedMail.text(message);
            }
        }
        throw new AssertionError("no new mail from " + step);
    }

    /** The token of the mail's link below that prefix, e.g. "/anmeldung/bestaetigen/". */
    public static String token(String mailText, String prefix) {
        Matcher link = LINK.matcher(mailText);
        while (link.find()) {
            String path = link.group(1);
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                return path.substring(prefix.length());
            }
        }
        throw new AssertionError("no link " + prefix + " in\n" + mailText);
    }

    public String instance(long registrationId) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(registrationId))
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    public Object decision(long registrationId) {
        return runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instance(registrationId))
                .variableName(RegistrationProcess.VAR_DECISION)
                .singleResult()
                .getValue();
    }
}

package de.klimaflow.events.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.klimaflow.events.AgendaDraft;
import de.klimaflow.events.Audience;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventType;
import de.klimaflow.events.Programme;
import de.klimaflow.events.VenueDraft;
import de.klimaflow.events.Venues;
import de.klimaflow.platform.Formats;
import de.klimaflow.regions.Regions;

/**
 * Demo profile only, seeded once: the fifth regional forum "Wärmezukunft nach Plan" at Burg Oschersleben
 * (approved and published; the registration feature adds a few registrations to it) and a network
 * meeting still being planned. Their dates lie weeks after the day of seeding, so the demo's registration
 * is open whenever it is started.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoEvents implements ApplicationRunner {

    /** The title by which the registration feature's demo data finds the forum. */
    public static final String FORUM_TITLE = "Wärmezukunft nach Plan – Regionalforum Magdeburg";

    private final EventService events;
    private final Venues venues;
    private final Regions regions;
    private final TaskService taskService;
    private final Programme programme;
    private final Clock clock;

    public DemoEvents(
            EventService events,
            Venues venues,
            Regions regions,
            TaskService taskService,
            Programme programme,
            Clock clock) {
        this.programme = programme;
        this.events = events;
        this.venues = venues;
        this.regions = regions;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!events.isEmpty()) {
            return;
        }
        long burg = venues.save(
                null,
                new VenueDraft(
                        "Burg Oschersleben",
                        "An der Burg 1",
                        "39387",
                        "Oschersleben",
                        "Rittersaal und Seminarraum ebenerdig, Aufzug zum Obergeschoss, barrierefreies WC im Erdgeschoss. "
                                + "Zwei Behindertenparkplätze am Burgtor.",
                        "Burgverwaltung Oschersleben",
                        "veranstaltungen@burg-oschersleben.example",
                        "03949 000000",
                        List.of(
                                new VenueDraft.Room("Rittersaal", 150),
                                new VenueDraft.Room("Seminarraum", 40),
                                new VenueDraft.Room("Kaminzimmer", 20))));
        long forums = events.addSeries("Regionalforen Kommunale Wärmeplanung");
        Long magdeburg = regions.all().stream()
                .filter(r -> r.name().equals("Magdeburg"))
                .map(r -> r.id())
                .findFirst()
                .orElse(null);

        LocalDate today = Formats.today(clock);
        LocalDate forumDay = today.plusWeeks(4);
        LocalDate meetingDay = today.plusWeeks(11);
        long forum = events.create(new EventDraft(
                EventType.REGIONAL_FORUM,
                FORUM_TITLE,
                "Fünftes von fünf Regionalforen zur kommunalen Wärmeplanung in der Planungsregion Magdeburg "
                        + "(Landkreis Börde, Salzlandkreis, Jerichower Land, Landeshauptstadt Magdeburg). "
                        + "Die Teilnahme ist kostenfrei, die Plätze sind begrenzt.",
                forums,
                magdeburg,
                burg,
                EventFormat.ON_SITE,
                null,
                false,
                true,
                berlin(today.minusWeeks(6), "08:00"),
                berlin(forumDay.minusDays(5), "23:59"),
                "Eva Winkler",
                "veranstaltungen@lena.example",
                List.of(
                        new EventDraft.Part(
                                "Abendveranstaltung",
                                "Rechtsrahmen der kommunalen Wärmeplanung und des "
                                        + "Ausbaus erneuerbarer Energien, Praxisbeispiele, Diskussion",
                                berlin(forumDay, "18:00"),
                                berlin(forumDay, "20:30"),
                                80,
                                Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        workshop(
                                forumDay,
                                "Workshop: Bestandsanalyse und Wärmebedarf",
                                "Daten erheben, Wärmekataster, Datenschutz bei Verbrauchsdaten",
                                "Rittersaal",
                                25),
                        workshop(
                                forumDay,
                                "Workshop: Wärmenetze und Eignungsgebiete",
                                "Gebietseinteilung, Potenziale, Zusammenarbeit mit Stadtwerken",
                                "Seminarraum",
                                20),
                        workshop(
                                forumDay,
                                "Workshop: Förderung und Beteiligung",
                                "Kommunalrichtlinie, Bürgerbeteiligung, Kommunikation im Gemeinderat",
                                "Kaminzimmer",
                                15))));
        events.describeInEasyLanguage(forum, """
                Das Forum ist ein Treffen.
                Es geht um Wärme für die Häuser in Ihrer Gemeinde.
                Zum Beispiel: Woher kommt die Wärme in 20 Jahren?
                Am Abend kommen Menschen aus dem Gemeinde·rat.
                Am nächsten Tag kommen Menschen aus der Verwaltung.
                Die Teilnahme kostet nichts.
                Sie müssen sich vorher anmelden.""");
        // the planning steps of the demo forum are done: venue booked, agenda ready, approved
        completeStep(forum, EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        completeStep(forum, EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        completeStep(forum, EventPlanningProcess.TASK_APPROVE, Map.of(EventPlanningProcess.VAR_APPROVED, true));
        // the timetable with its speakers, who get their confirmation now that the forum is approved
        speakers(forum, forumDay);

        events.create(new EventDraft(
                EventType.NETWORK_MEETING,
                "Netzwerktreffen Klimaschutzmanagement " + quarter(meetingDay),
                "Quartalstreffen der kommunalen Klimaschutzmanagerinnen und -manager.",
                null,
                null,
                null,
                EventFormat.ONLINE,
                "https://video.lena.example/netzwerk",
                true,
                true,
                null,
                berlin(meetingDay.minusWeeks(1), "12:00"),
                "Anna Becker",
                "netzwerk@lena.example",
                List.of(new EventDraft.Part(
                        "Netzwerktreffen",
                        null,
                        berlin(meetingDay, "10:00"),
                        berlin(meetingDay, "12:30"),
                        60,
                        Set.of(Audience.CLIMATE_MANAGERS)))));
    }

    /** The forum's timetable: the evening's talks, and each workshop's introduction and group work. */
    private void speakers(long forum, LocalDate forumDay) {
        List<Long> parts = events.find(forum).orElseThrow().getParts().stream()
                .map(part -> part.getId())
                .toList();
        LocalDate second = forumDay.plusDays(1);
        item(forum, parts.get(0), forumDay, "18:00", "Begrüßung", "Dr. Katrin Vogt", "Landesenergieagentur", "k.vogt");
        item(
                forum,
                parts.get(0),
                forumDay,
                "18:15",
                "Der Rechtsrahmen: Wärmeplanungsgesetz und Landesrecht",
                "Prof. Michael Brandt",
                "Hochschule Magdeburg-Stendal",
                "m.brandt");
        item(
                forum,
                parts.get(0),
                forumDay,
                "19:00",
                "Praxisbeispiel: Die Wärmeplanung einer Kleinstadt",
                "Sabine Köhler",
                "Stadt Wanzleben-Börde",
                "s.koehler");
        item(
                forum,
                parts.get(1),
                second,
                "09:00",
                "Welche Daten die Kommune braucht",
                "Jonas Richter",
                "Landkreis Börde",
                "j.richter");
        item(
                forum,
                parts.get(2),
                second,
                "09:00",
                "Eignungsgebiete für Wärmenetze finden",
                "Dr. Laura Schubert",
                "Stadtwerke Burg",
                "l.schubert");
        item(
                forum,
                parts.get(3),
                second,
                "09:00",
                "Förderung nach der Kommunalrichtlinie",
                "Tobias Wendt",
                "Landesenergieagentur",
                "t.wendt");
        parts.subList(1, 4)
                .forEach(part ->
                        item(forum, part, second, "13:00", "Arbeit in Gruppen und Ergebnisse", null, null, null));
    }

    private void item(
            long forum,
            long part,
            LocalDate day,
            String time,
            String title,
            @Nullable String speaker,
            @Nullable String organisation,
            @Nullable String mailbox) {
        programme.save(
                forum,
                null,
                new AgendaDraft(
                        part,
                        berlin(day, time),
                        null,
                        title,
                        speaker == null || mailbox == null
                                ? List.of()
                                : List.of(new AgendaDraft.SpeakerDraft(
                                        speaker, organisation, mailbox + "@referierende.example"))));
    }

    private void completeStep(long eventId, String taskKey, Map<String, Object> variables) {
        taskService
                .createTaskQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(eventId))
                .taskDefinitionKey(taskKey)
                .list()
                .forEach(task -> taskService.complete(task.getId(), variables));
    }

    /** One of the forum's three parallel workshops on its second day, in a room of the castle. */
    private EventDraft.Part workshop(LocalDate forumDay, String title, String programme, String room, int seats) {
        return new EventDraft.Part(
                title,
                programme,
                berlin(forumDay.plusDays(1), "09:00"),
                berlin(forumDay.plusDays(1), "15:00"),
                seats,
                Set.of(Audience.ADMINISTRATION, Audience.OTHERS),
                "Workshops am zweiten Tag",
                room);
    }

    private static Instant berlin(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Formats.ZONE).toInstant();
    }

    /** "I/2027" for a day in the first quarter of 2027. */
    private static String quarter(LocalDate day) {
        return List.of("I", "II", "III", "IV").get((day.getMonthValue() - 1) / 3) + "/" + day.getYear();
    }
}

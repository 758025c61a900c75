package de.klimaflow.events;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.klimaflow.consultation.Regions;
import de.klimaflow.registration.ParticipantRole;
import de.klimaflow.registration.Registrations;

/**
 * Demo profile only, seeded once: the fifth regional forum "Wärmezukunft nach Plan" at Burg Oschersleben
 * (approved and published, with a few registrations) and a network meeting still being planned.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoEvents implements ApplicationRunner {

    private final EventRepository events;
    private final VenueRepository venues;
    private final EventSeriesRepository series;
    private final EventPlanning planning;
    private final Regions regions;
    private final Registrations registrations;
    private final TaskService taskService;

    public DemoEvents(EventRepository events, VenueRepository venues, EventSeriesRepository series,
            EventPlanning planning, Regions regions, Registrations registrations, TaskService taskService) {
        this.events = events;
        this.venues = venues;
        this.series = series;
        this.planning = planning;
        this.regions = regions;
        this.registrations = registrations;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.count() > 0) {
            return;
        }
        Venue burg = venues.save(new Venue("Burg Oschersleben", "An der Burg 1", "39387", "Oschersleben", 150));
        EventSeries forums = series.save(new EventSeries("Regionalforen Kommunale Wärmeplanung"));
        Long magdeburg = regions.all().stream().filter(r -> r.name().equals("Magdeburg")).map(r -> r.id()).findFirst()
                .orElse(null);

        long forum = planning.create(new EventDraft(EventType.REGIONAL_FORUM,
                "Wärmezukunft nach Plan – Regionalforum Magdeburg",
                "Fünftes von fünf Regionalforen zur kommunalen Wärmeplanung in der Planungsregion Magdeburg "
                        + "(Landkreis Börde, Salzlandkreis, Jerichower Land, Landeshauptstadt Magdeburg). "
                        + "Die Teilnahme ist kostenfrei, die Plätze sind begrenzt.",
                forums.getId(), magdeburg, burg.getId(), EventFormat.ON_SITE, null, false, true,
                berlin("2026-10-15T08:00"), berlin("2026-11-28T23:59"), "Eva Winkler", "veranstaltungen@lena.example",
                List.of(new EventDraft.Part("Abendveranstaltung", "Rechtsrahmen der kommunalen Wärmeplanung und des "
                        + "Ausbaus erneuerbarer Energien, Praxisbeispiele, Diskussion", berlin("2026-12-03T18:00"),
                        berlin("2026-12-03T20:30"), 80, Set.of(Audience.ELECTED_OFFICIALS, Audience.OTHERS)),
                        new EventDraft.Part("Workshoptag", "Workshops für die kommunale Verwaltung und weitere Akteure",
                                berlin("2026-12-04T09:00"), berlin("2026-12-04T15:00"), 40,
                                Set.of(Audience.ADMINISTRATION, Audience.OTHERS)))));
        // the planning steps of the demo forum are done: venue booked, agenda ready, approved
        completeStep(forum, EventPlanningProcess.TASK_BOOK_VENUE, Map.of());
        completeStep(forum, EventPlanningProcess.TASK_PREPARE_AGENDA, Map.of());
        completeStep(forum, EventPlanningProcess.TASK_APPROVE, Map.of(EventPlanningProcess.VAR_APPROVED, true));

        Set<Long> evening = partIds(forum, 0);
        Set<Long> both = partIds(forum, -1);
        registrations.registerConfirmed(forum, both, "Jana Krüger", "jana.krueger@oschersleben.example",
                "Stadt Oschersleben (Bode)", ParticipantRole.ADMINISTRATION, Locale.GERMAN);
        registrations.registerConfirmed(forum, evening, "Thomas Schulze", "t.schulze@hoheboerde.example",
                "Gemeinde Hohe Börde", ParticipantRole.ELECTED_OFFICIAL, Locale.GERMAN);
        registrations.registerConfirmed(forum, evening, "Sabine Meyer", "s.meyer@schoenebeck.example",
                "Stadt Schönebeck (Elbe)", ParticipantRole.ELECTED_OFFICIAL, Locale.GERMAN);
        registrations.registerConfirmed(forum, both, "Michael Wolf", "m.wolf@stadt-burg.example", "Stadt Burg",
                ParticipantRole.CLIMATE_MANAGER, Locale.GERMAN);

        planning.create(new EventDraft(EventType.NETWORK_MEETING, "Netzwerktreffen Klimaschutzmanagement I/2027",
                "Quartalstreffen der kommunalen Klimaschutzmanagerinnen und -manager.", null, null, null,
                EventFormat.ONLINE, "https://video.lena.example/netzwerk", true, true, null, berlin("2027-02-10T12:00"),
                "Anna Becker", "netzwerk@lena.example", List.of(new EventDraft.Part("Netzwerktreffen", null,
                        berlin("2027-02-17T10:00"), berlin("2027-02-17T12:30"), 60, Set.of(Audience.CLIMATE_MANAGERS)))));
    }

    private void completeStep(long eventId, String taskKey, Map<String, Object> variables) {
        taskService.createTaskQuery().processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(eventId)).taskDefinitionKey(taskKey).list()
                .forEach(task -> taskService.complete(task.getId(), variables));
    }

    /** The id of part {@code index}, or of all parts for -1. */
    private Set<Long> partIds(long eventId, int index) {
        List<EventPart> parts = events.findWithDetailsById(eventId).orElseThrow().getParts();
        return (index < 0 ? parts : List.of(parts.get(index))).stream().map(EventPart::getId).collect(Collectors.toSet());
    }

    private static java.time.Instant berlin(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + ":00+01:00[Europe/Berlin]").toInstant();
    }
}

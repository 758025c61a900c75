package de.klimaflow.events.backoffice;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import de.klimaflow.events.Audience;
import de.klimaflow.events.Event;
import de.klimaflow.events.EventDraftsForTests;
import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.Venue;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.platform.Links;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;
import de.klimaflow.tasks.backoffice.TaskView;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The event screens as staff and the public use them, without a browser; the .ics feed over HTTP. */
@KlimaflowTest
class EventViewsTest {

    /** The test forum's evening, weeks ahead of today. */
    private static final java.time.LocalDate FORUM_DAY = java.time.LocalDate.ofInstant(
            EventDraftsForTests.ForumDates.now().eveningStarts(), de.klimaflow.platform.Formats.ZONE);

    @Autowired
    de.klimaflow.registration.RegistrationFixtures fixtures;

    @Autowired
    de.klimaflow.registration.RegistrationIntake intake;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventHistory history;

    @Autowired
    IdentityService identityService;

    @Autowired
    EventService events;

    @Autowired
    de.klimaflow.events.ParticipantExports exports;

    @Autowired
    de.klimaflow.registration.RegistrationService registrationService;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void users() {
        TestUsers.ensure(identityService);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Before anyone is recorded as present there is no certificate to download, and the page says so. */
    @Test
    void withoutAttendeesTheCertificatesSayWhyInsteadOfALinkThatFails() {
        long event = fixtures.publishedForum(5, 5);
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().add(new EventDownloads(exports, event, true));
        assertThat(_find(
                        com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("download-certificates")))
                .isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("no-certificates"))
                        .getText())
                .contains("noch niemand als anwesend erfasst");
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidDraftShowsMessagesAtTheFieldsAndStoresNothing() {
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(NewEventView.class);
        long before = jdbc.queryForObject("select count(*) from event", Long.class);

        TextField title = _get(TextField.class, spec -> spec.withLabel("Titel"));
        assertThat(title.isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Ansprechperson"))
                        .isRequiredIndicatorVisible())
                .isTrue();
        assertThat(title.getMaxLength()).as("no silent cut in the browser").isZero();
        HasValueUtilsKt._setValue(title, "x".repeat(10_000));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Titel des Programmteils")), "Abend");
        HasValueUtilsKt._setValue(
                _get(DateTimePicker.class, spec -> spec.withLabel("Beginn")), FORUM_DAY.atTime(18, 0));
        HasValueUtilsKt._setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Ende")), FORUM_DAY.atTime(17, 0));
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withLabel("Plätze")), 0);
        HasValueUtilsKt._setValue(
                _get(DateTimePicker.class, spec -> spec.withLabel("Anmeldeschluss")),
                FORUM_DAY.plusDays(1).atTime(12, 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("create-event")));

        assertThat(title.getErrorMessage())
                .as("said at the field")
                .isEqualTo("Der Text ist zu lang; bitte kürzen Sie ihn.");
        assertThat(title.getValue()).hasSize(10_000);
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("Ende")).getErrorMessage())
                .isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Plätze")).getErrorMessage())
                .isEqualTo("Die Zahl der Plätze muss größer als 0 sein.");
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("Anmeldeschluss"))
                        .getErrorMessage())
                .isEqualTo("Der Anmeldeschluss muss vor dem Beginn der Veranstaltung liegen.");
        CheckboxGroup<Audience> audiences = _get(CheckboxGroup.class, spec -> spec.withLabel("Zielgruppen"));
        assertThat(audiences.isInvalid()).isTrue();
        assertThat(audiences.getErrorMessage()).isEqualTo("Bitte wählen Sie mindestens eine Zielgruppe.");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Ort")).isInvalid())
                .as("on site needs a venue")
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from event", Long.class))
                .isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void validDraftIsStoredAndItsPlanningStarts() {
        Venue venue = venue();
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(NewEventView.class);
        String title = "Forum " + System.nanoTime();
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), title);
        ComboBox<Venue> place = _get(ComboBox.class, spec -> spec.withLabel("Ort"));
        HasValueUtilsKt._setValue(
                place,
                place.getListDataView()
                        .getItems()
                        .filter(v -> v.getId().equals(venue.getId()))
                        .findFirst()
                        .orElseThrow());
        HasValueUtilsKt._setValue(
                _get(DateTimePicker.class, spec -> spec.withLabel("Anmeldeschluss")),
                FORUM_DAY.minusDays(9).atTime(12, 0));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Ansprechperson")), "Eva Winkler");
        HasValueUtilsKt._setValue(
                _get(EmailField.class, spec -> spec.withLabel("E-Mail der Ansprechperson")), "eva@lena.example");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Titel des Programmteils")), "Abend");
        HasValueUtilsKt._setValue(
                _get(DateTimePicker.class, spec -> spec.withLabel("Beginn")), FORUM_DAY.atTime(18, 0));
        HasValueUtilsKt._setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Ende")), FORUM_DAY.atTime(20, 0));
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withLabel("Plätze")), 60);
        HasValueUtilsKt._setValue(
                _get(CheckboxGroup.class, spec -> spec.withLabel("Zielgruppen")), Set.of(Audience.ELECTED_OFFICIALS));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("part-slot")), "Abendforen");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("part-room")), "Rittersaal");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("create-event")));

        assertThat(_find(EventListView.class)).hasSize(1);
        long id = jdbc.queryForObject("select id from event where title = ?", Long.class, title);
        Event stored = events.find(id).orElseThrow();
        assertThat(stored.getParts().get(0).getSlot()).isEqualTo("Abendforen");
        assertThat(stored.getParts().get(0).getRoom()).isEqualTo("Rittersaal");
        // what management approves names the session's slot and room
        assertThat(stored.sessionLine(stored.getParts().get(0))).contains("Abend (Abendforen), Rittersaal, ");
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(Long.toString(id))
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo(EventPlanningProcess.TASK_BOOK_VENUE);
        // the start as entered, read in Berlin time (18:00 CET is 17:00 UTC, 18:00 CEST 16:00 UTC)
        assertThat(events.find(id).orElseThrow().startsAt())
                .isEqualTo(FORUM_DAY
                        .atTime(18, 0)
                        .atZone(de.klimaflow.platform.Formats.ZONE)
                        .toInstant());
    }

    @Test
    void anEmptyProgrammeIsRefusedUnlessTheTeamSaysItFollowsAndManagementSeesThat() {
        long event = events.create(EventDraftsForTests.forum(venue().getId(), null));
        completeTask(event, EventPlanningProcess.TASK_BOOK_VENUE);
        String agendaTask = task(event);

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, agendaTask));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        List<TextArea> programmes = _find(TextArea.class, spec -> spec.withLabel("Programm und Referierende"));
        assertThat(programmes.get(0).isInvalid())
                .as("the evening has its programme")
                .isFalse();
        assertThat(programmes.get(1).isInvalid()).as("the workshop has none").isTrue();
        assertThat(programmes.get(1).getErrorMessage()).contains("Das Programm folgt später");
        assertThat(task(event)).as("nothing completed").isEqualTo(agendaTask);

        HasValueUtilsKt._setValue(
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withClasses("programme-follows")),
                true);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        String approveTask = task(event);
        assertThat(approveTask).isNotEqualTo(agendaTask);
        BrowserlessUi.close();

        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, approveTask));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("approval-programme")))
                .extracting(Paragraph::getText)
                .contains("Programm: folgt später (so im Schritt „Programm und Referierende vorbereiten“ angegeben)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void managementMustGiveAReasonToSendADraftBack() {
        long event = events.create(EventDraftsForTests.forum(venue().getId(), null));
        completeTask(event, EventPlanningProcess.TASK_BOOK_VENUE);
        completeTask(event, EventPlanningProcess.TASK_PREPARE_AGENDA);
        String approveTask = task(event);

        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, approveTask));
        assertThat(_find(
                        com.vaadin.flow.component.html.H3.class,
                        spec -> spec.withText("Wärmezukunft nach Plan – Regionalforum Magdeburg")))
                .hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("approval-programme")))
                .extracting(Paragraph::getText)
                .as("the whole event: each part's programme")
                .containsExactly("Rechtsrahmen, Praxisbeispiele, Diskussion", "Programm: noch keines eingetragen");
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("Zielgruppen: Kommunale Verwaltung, Weitere Akteure und Interessierte")))
                .hasSize(1);
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText("Ansprechperson: Eva Winkler · veranstaltungen@lena.example")))
                .hasSize(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withClasses("approval-decision"))
                        .isInvalid())
                .isTrue();

        HasValueUtilsKt._setValue(_get(RadioButtonGroup.class, spec -> spec.withClasses("approval-decision")), false);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        assertThat(_get(TextArea.class, spec -> spec.withClasses("send-back-reason-input"))
                        .isInvalid())
                .isTrue();
        assertThat(task(event)).as("nothing completed").isEqualTo(approveTask);

        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withClasses("send-back-reason-input")),
                "Bitte die Referierenden nennen.");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));

        // the event team sees the reason in the revise step
        BrowserlessUi.close();
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, task(event)));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("send-back-reason"))
                        .getText())
                .isEqualTo("Von der Leitung zurückgegeben: Bitte die Referierenden nennen.");
        List<TextArea> programmes = _find(TextArea.class, spec -> spec.withLabel("Programm und Referierende"));
        HasValueUtilsKt._setValue(programmes.get(1), "Dr. Anna Wärme: Wärmeplanung in der Praxis");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("complete")));
        BrowserlessUi.close();

        // the second approval shows what changed since the send-back
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, task(event)));
        var changes = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("approval-changes"));
        assertThat(_find(changes, com.vaadin.flow.component.html.ListItem.class))
                .extracting(item -> item.getElement().getText())
                .containsExactly(
                        "Programmteil 2, Programm: vorher „–“, jetzt „Dr. Anna Wärme: Wärmeplanung in der Praxis“");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eventListShowsHowFullEachPartIs() {
        long event = events.create(EventDraftsForTests.forum(venue().getId(), null));
        long evening = events.find(event).orElseThrow().getParts().get(0).getId();
        for (int i = 0; i < 3; i++) {
            intake.registerConfirmed(
                    event,
                    Set.of(evening),
                    "Person " + i,
                    "p" + i + "@example.org",
                    null,
                    ParticipantRole.OTHER,
                    Locale.GERMAN);
        }
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(EventListView.class);
        Grid<EventOverview> grid = _get(Grid.class);
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).id() == event)
                .findFirst()
                .orElseThrow();
        assertThat(_find(
                                GridKt._getCellComponent(grid, row, "seats"),
                                Span.class,
                                spec -> spec.withClasses("capacity-label"))
                        .stream()
                        .map(Span::getText))
                .containsExactly("Abendveranstaltung: 3 von 80 Plätzen belegt", "Workshoptag: 0 von 40 Plätzen belegt");
        assertThat(_find(Button.class, spec -> spec.withClasses("new-event")))
                .as("only the event team creates")
                .isEmpty();
    }

    @Test
    void publicCalendarShowsPublishedOpenEventsOnly() throws Exception {
        long published = events.create(EventDraftsForTests.forum(venue().getId(), null));
        fixtures.approve(published);
        long draft = events.create(EventDraftsForTests.forum(venue().getId(), null));

        WebSession web = new WebSession(port);
        HttpResponse<String> calendarPage = web.get(Links.PUBLIC_CALENDAR);
        assertThat(calendarPage.statusCode()).isEqualTo(200);
        assertThat(calendarPage.body())
                .contains("<h1>Veranstaltungen</h1>")
                .contains("href=\"" + Links.eventPage(published) + "\"")
                .doesNotContain("href=\"" + Links.eventPage(draft) + "\"");
        HttpResponse<String> eventPage = web.get(Links.eventPage(published));
        assertThat(eventPage.statusCode()).isEqualTo(200);
        assertThat(eventPage.body()).contains("Noch 80 von 80 Plätzen frei");
        assertThat(web.get(Links.eventPage(draft)).statusCode())
                .as("drafts stay private")
                .isEqualTo(404);

        HttpResponse<String> feed = web.get(Links.CALENDAR_FEED);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder()
                .build(new ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents("VEVENT").stream()
                        .map(c -> c.getProperty("UID").orElseThrow().getValue())
                        .toList())
                .anyMatch(uid -> uid.startsWith("event-" + published + "-"))
                .noneMatch(uid -> uid.startsWith("event-" + draft + "-"));
        assertThat(web.get(Links.eventCalendarFile(published)).statusCode()).isEqualTo(200);
        assertThat(web.get(Links.eventCalendarFile(draft)).statusCode())
                .as("drafts stay private")
                .isEqualTo(404);
    }

    @Test
    void theEventTeamMovesAPublishedEventAndBadDatesAreRefusedAtTheField() {
        var draft = EventDraftsForTests.withDeadline(
                EventDraftsForTests.forum(venue().getId(), null),
                java.time.Instant.now()
                        .plus(java.time.Duration.ofDays(2))
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        long event = events.create(draft);
        completeTask(event, EventPlanningProcess.TASK_BOOK_VENUE);
        completeTask(event, EventPlanningProcess.TASK_PREPARE_AGENDA);
        taskService.complete(task(event), Map.of(EventPlanningProcess.VAR_APPROVED, true));
        java.time.Instant before = events.overviewOf(event).orElseThrow().startsAt();

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        DateTimePicker deadline = _get(DateTimePicker.class, spec -> spec.withClasses("reschedule-deadline"));
        HasValueUtilsKt._setValue(
                deadline, LocalDateTime.now(de.klimaflow.platform.Formats.ZONE).minusDays(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("reschedule-save")));
        assertThat(deadline.getErrorMessage()).isEqualTo("Der neue Anmeldeschluss muss in der Zukunft liegen.");
        assertThat(events.overviewOf(event).orElseThrow().registrationDeadline())
                .as("nothing stored")
                .isEqualTo(draft.registrationDeadline());

        HasValueUtilsKt._setValue(
                deadline,
                LocalDateTime.ofInstant(draft.registrationDeadline(), de.klimaflow.platform.Formats.ZONE)
                        .plusDays(1));
        var firstDay = _get(
                com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withClasses("reschedule-first-day"));
        assertThat(firstDay.getI18n().getDateFormats())
                .as("20.01.2027, as everywhere else")
                .startsWith("dd.MM.yyyy");
        assertThat(firstDay.getI18n().getMonthNames()).startsWith("Januar");
        assertThat(deadline.getDatePickerI18n().getDateFormats()).startsWith("dd.MM.yyyy");
        HasValueUtilsKt._setValue(firstDay, firstDay.getValue().plusDays(14));
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("reschedule-save")));
        assertThat(events.overviewOf(event).orElseThrow().startsAt())
                .isEqualTo(before.atZone(de.klimaflow.platform.Formats.ZONE)
                        .plusDays(14)
                        .toInstant());
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(Long.toString(event))
                        .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                        .singleResult())
                .isNotNull();
    }

    @Test
    void theVenueFormRefusesBadInputAtTheFieldsThenStoresRoomsAndContact() {
        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(VenueListView.class);
        long before = jdbc.queryForObject("select count(*) from venue", Long.class);
        String name = "Kulturhaus " + System.nanoTime();

        TextField postalCode = _get(TextField.class, spec -> spec.withClasses("venue-postal-code"));
        EmailField contactEmail = _get(EmailField.class, spec -> spec.withClasses("venue-contact-email"));
        HasValueUtilsKt._setValue(postalCode, "39A");
        HasValueUtilsKt._setValue(contactEmail, "kein-at-zeichen");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withClasses("room-seats")), 0);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-venue")));

        TextField nameField = _get(TextField.class, spec -> spec.withClasses("venue-name"));
        assertThat(nameField.isInvalid()).isTrue();
        assertThat(nameField.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(postalCode.getErrorMessage()).isEqualTo("Bitte geben Sie eine fünfstellige Postleitzahl an.");
        assertThat(contactEmail.getErrorMessage()).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse an.");
        assertThat(_get(TextField.class, spec -> spec.withClasses("room-name")).getErrorMessage())
                .isEqualTo("Bitte ausfüllen.");
        assertThat(_get(IntegerField.class, spec -> spec.withClasses("room-seats"))
                        .getErrorMessage())
                .isEqualTo("Bitte geben Sie zwischen 1 und 10.000 Plätze an.");
        assertThat(jdbc.queryForObject("select count(*) from venue", Long.class))
                .as("nothing stored")
                .isEqualTo(before);

        HasValueUtilsKt._setValue(nameField, name);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Straße und Hausnummer")), "Markt 3");
        HasValueUtilsKt._setValue(postalCode, "39104");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Ort")), "Magdeburg");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withLabel("Barrierefreiheit")), "<b>Aufzug</b> am Hof");
        HasValueUtilsKt._setValue(contactEmail, "haus@kultur.example");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("room-name")), "Saal");
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withClasses("room-seats")), 120);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("add-room")));
        List<TextField> roomNames = _find(TextField.class, spec -> spec.withClasses("room-name"));
        List<IntegerField> roomSeats = _find(IntegerField.class, spec -> spec.withClasses("room-seats"));
        HasValueUtilsKt._setValue(roomNames.get(1), "saal");
        HasValueUtilsKt._setValue(roomSeats.get(1), 30);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-venue")));
        assertThat(roomNames.get(1).getErrorMessage()).isEqualTo("Diesen Raum gibt es schon.");

        HasValueUtilsKt._setValue(roomNames.get(1), "Seminarraum");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-venue")));
        Venue stored = venues.all().stream()
                .filter(v -> v.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getRooms())
                .extracting(room -> room.getName() + " " + room.getCapacity())
                .containsExactly("Saal 120", "Seminarraum 30");
        assertThat(stored.getCapacity())
                .as("the largest room bounds a part's seats")
                .isEqualTo(120);
        assertThat(stored.getAccessibility()).isEqualTo("<b>Aufzug</b> am Hof");
        assertThat(stored.getContactEmail()).isEqualTo("haus@kultur.example");
        @SuppressWarnings("unchecked")
        Grid<Venue> grid = _get(Grid.class, spec -> spec.withClasses("venues-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(venues.all().size());

        // a venue whose rooms no longer seat a planned event there keeps its rooms
        long event = events.create(EventDraftsForTests.forum(stored.getId(), null));
        assertThat(event).isPositive();
        HasValueUtilsKt._setValue(
                _find(IntegerField.class, spec -> spec.withClasses("room-seats"))
                        .get(0),
                50);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("save-venue")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("venue-problems"))
                        .getText())
                .startsWith("Eine geplante Veranstaltung an diesem Ort hat mehr Plätze");
        assertThat(venues.venue(stored.getId()).getCapacity()).isEqualTo(120);
    }

    @Test
    void thePublishedEventIsEditedWithAnAuditTrailAndItsSeatRulesCheckedAgain() {
        var draft = EventDraftsForTests.withDeadline(
                EventDraftsForTests.forum(venue().getId(), null),
                java.time.Instant.now()
                        .plus(java.time.Duration.ofDays(2))
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        long event = events.create(draft);
        completeTask(event, EventPlanningProcess.TASK_BOOK_VENUE);
        completeTask(event, EventPlanningProcess.TASK_PREPARE_AGENDA);
        taskService.complete(task(event), Map.of(EventPlanningProcess.VAR_APPROVED, true));
        EventOverview overview = events.overviewOf(event).orElseThrow();
        long evening = overview.parts().get(0).id();
        intake.registerConfirmed(
                event,
                Set.of(evening),
                "Erste Person",
                "erste@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        intake.registerConfirmed(
                event,
                Set.of(evening),
                "Zweite Person",
                "zweite@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        registrationService.changeCapacity(evening, 2);
        long waiting = intake.registerConfirmed(
                event,
                Set.of(evening),
                "Dritte Person",
                "dritte@example.org",
                null,
                ParticipantRole.ELECTED_OFFICIAL,
                Locale.GERMAN);
        assertThat(status(waiting)).isEqualTo("WAITLISTED");

        BrowserlessUi.open(context, TestUsers.EVENT_TEAM);
        UI.getCurrent().navigate(EventDetailView.class, EventDetailView.parameters(event));
        IntegerField seats = _find(IntegerField.class, spec -> spec.withClasses("edit-seats"))
                .get(0);
        HasValueUtilsKt._setValue(seats, 1);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("edit-published-save")));
        assertThat(seats.getErrorMessage()).isEqualTo("So viele Plätze sind bereits vergeben; weniger geht nicht.");
        HasValueUtilsKt._setValue(seats, 121);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("edit-published-save")));
        assertThat(seats.getErrorMessage()).isEqualTo("Der Ort hat weniger Plätze.");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("edit-contact-name")), "");
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("edit-published-save")));
        assertThat(_get(TextField.class, spec -> spec.withClasses("edit-contact-name"))
                        .getErrorMessage())
                .isEqualTo("Bitte ausfüllen.");
        assertThat(events.overviewOf(event).orElseThrow().parts().get(0).capacity())
                .as("nothing stored")
                .isEqualTo(2);

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withClasses("edit-contact-name")), "Paul Neumann");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, spec -> spec.withLabel("Programm: Abendveranstaltung")),
                "18:00 Begrüßung\n18:15 Rechtsrahmen (Dr. Lehmann)");
        HasValueUtilsKt._setValue(seats, 3);
        ButtonKt._click(_get(Button.class, spec -> spec.withClasses("edit-published-save")));

        assertThat(status(waiting))
                .as("the new seat goes to the person waiting")
                .isEqualTo("CONFIRMED");
        Event stored = events.find(event).orElseThrow();
        assertThat(stored.getContactName()).isEqualTo("Paul Neumann");
        assertThat(stored.getParts().get(0).getDescription()).startsWith("18:00 Begrüßung");
        assertThat(history.changes(event))
                .extracting(EventHistory.EventChangeEntry::item)
                .containsExactlyInAnyOrder("contact", "part.1.programme", "part.1.seats", "part.1.seats");
        assertThat(history.changes(event))
                .allSatisfy(change -> assertThat(change.changedBy()).isIn(TestUsers.EVENT_TEAM, EventService.SYSTEM));
        List<String> trail = _get(
                        com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withClasses("event-changes"))
                .getChildren()
                .map(item -> ((com.vaadin.flow.component.html.ListItem) item).getText())
                .toList();
        assertThat(trail)
                .anySatisfy(line -> assertThat(line)
                        .contains(TestUsers.EVENT_TEAM, "Programmteil 1, Plätze: vorher „2“, jetzt „3“"));
        assertThat(trail)
                .anySatisfy(
                        line -> assertThat(line)
                                .contains(
                                        "Ansprechperson: vorher „Eva Winkler · "
                                                + "veranstaltungen@lena.example“, jetzt „Paul Neumann · veranstaltungen@lena.example“"));
    }

    private String status(long registration) {
        return jdbc.queryForObject("select status from registration where id = ?", String.class, registration);
    }

    private Venue venue() {
        long id = EventDraftsForTests.venue(venues);
        return venues.all().stream().filter(v -> v.getId() == id).findFirst().orElseThrow();
    }

    private String task(long event) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(event))
                .singleResult()
                .getId();
    }

    private void completeTask(long event, String key) {
        var task = taskService
                .createTaskQuery()
                .processDefinitionKey(EventPlanningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(event))
                .taskDefinitionKey(key)
                .singleResult();
        taskService.complete(task.getId(), Map.of());
    }
}

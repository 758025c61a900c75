package de.klimaflow.registration.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.SmartValidator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventRoutes;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.events.backoffice.CapacityBar;
import de.klimaflow.platform.Formats;
import de.klimaflow.registration.Invitations;
import de.klimaflow.registration.Mailings;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationStatus;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.SessionMoves;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.FieldErrors;
import de.klimaflow.ui.Shown;

import jakarta.annotation.security.RolesAllowed;

/**
 * The registrations of one event for the registration desk and the event team: seats and waitlist per
 * part as a picture, the list filtered by status, part and role, and for one registration its parts
 * (move between seat and waitlist with a kept reason), cancellation and audit trail. Staff also enter
 * registrations taken by phone and change a part's seats; new seats go to the people waiting longest.
 */
@Route("events/:" + EventRoutes.EVENT_ID + "/registrations")
@RolesAllowed({Groups.EVENT_TEAM, Groups.REGISTRATION_DESK})
public class EventRegistrationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private final SessionMoves sessionMoves;
    private final RegistrationIntake intake;
    private final Mailings mailings;
    private final Invitations invitations;
    private final EventService events;
    private final SmartValidator validator;
    private final ComboBox<RegistrationStatus> statusFilter = new ComboBox<>();
    private final ComboBox<EventOverview.PartOverview> partFilter = new ComboBox<>();
    private final ComboBox<ParticipantRole> roleFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Grid<RegistrationView> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div capacity = new Div();
    private final VerticalLayout detail = new VerticalLayout();
    private @Nullable EventOverview event;

    public EventRegistrationsView(
            RegistrationService registrations,
            RegistrationIntake intake,
            Mailings mailings,
            Invitations invitations,
            EventService events,
            SmartValidator validator,
            SessionMoves sessionMoves) {
        this.registrations = registrations;
        this.sessionMoves = sessionMoves;
        this.intake = intake;
        this.mailings = mailings;
        this.invitations = invitations;
        this.events = events;
        this.validator = validator;
        addClassName("event-registrations-view");
        statusFilter.setLabel(getTranslation("registrations.filter.status"));
        statusFilter.setItems(RegistrationStatus.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation("registration.status." + status.name()));
        statusFilter.setClearButtonVisible(true);
        roleFilter.setLabel(getTranslation("registrations.filter.role"));
        roleFilter.setItems(ParticipantRole.values());
        roleFilter.setItemLabelGenerator(role -> getTranslation("registration.role." + role.name()));
        roleFilter.setClearButtonVisible(true);
        partFilter.setLabel(getTranslation("registrations.filter.part"));
        partFilter.setItemLabelGenerator(EventOverview.PartOverview::title);
        partFilter.setClearButtonVisible(true);
        List.of(statusFilter, roleFilter).forEach(filter -> filter.addValueChangeListener(change -> showList()));
        partFilter.addValueChangeListener(change -> showList());
        // two "Jana Krüger" are told apart by their address, and found by it
        search.setLabel(getTranslation("registrations.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addClassName("registrations-search");
        search.addValueChangeListener(change -> showList());
        count.getElement().setAttribute("aria-live", "polite");
        // every column is text: a name with HTML in it shows as typed
        grid.addColumn(r -> Shown.value(this, r.name()))
                .setHeader(getTranslation("registrations.column.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> Shown.value(this, r.email()))
                .setHeader(getTranslation("registrations.column.email"))
                .setAutoWidth(true);
        grid.addColumn(r -> Shown.value(this, r.organisation()))
                .setHeader(getTranslation("registrations.column.organisation"));
        grid.addColumn(r -> getTranslation("registration.role." + r.role().name()))
                .setHeader(getTranslation("registrations.column.role"));
        grid.addColumn(r -> getTranslation("registration.status." + r.status().name()))
                .setHeader(getTranslation("registrations.column.status"));
        grid.addColumn(this::standing)
                .setHeader(getTranslation("registrations.column.parts"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.registeredAt()))
                .setHeader(getTranslation("registrations.column.registered"));
        grid.addClassName("registrations-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        grid.addSelectionListener(selection -> showDetail(selection.getFirstSelectedItem()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        Optional<EventOverview> found = EventRoutes.eventId(navigation).flatMap(events::overviewOf);
        if (found.isEmpty()) {
            EventRoutes.notFound(navigation);
            return;
        }
        EventOverview event = found.get();
        this.event = event;
        partFilter.setItems(event.parts());
        removeAll();
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, partFilter, roleFilter);
        filters.setWrap(true);
        add(
                new H2(getTranslation("registrations.title", event.title())),
                capacity,
                new StaffRegistrationForm(intake, validator, event, this::refresh),
                new EventMailingsPanel(mailings, invitations, event),
                filters,
                count,
                grid,
                detail);
        refresh();
    }

    private void refresh() {
        EventOverview shown = events.overviewOf(shownEvent().id()).orElseThrow();
        event = shown;
        showCapacity(shown);
        showList();
    }

    /** The event of the page; beforeEnter has found it, or sent the visitor to "not found" instead. */
    private EventOverview shownEvent() {
        return java.util.Objects.requireNonNull(event);
    }

    /** Per part: the bar of seats taken, how many wait, and the number of seats to change. */
    private void showCapacity(EventOverview event) {
        capacity.removeAll();
        capacity.addClassName("registration-capacity");
        Map<Long, Long> waiting = registrations.waitingPerPart(event.id());
        for (EventOverview.PartOverview part : event.parts()) {
            IntegerField seats = new IntegerField(getTranslation("registrations.capacity.seats", part.title()));
            seats.setValue(part.capacity());
            seats.setMin((int) part.taken());
            seats.setMax(100_000);
            seats.setStepButtonsVisible(true);
            Button change = new Button(getTranslation("registrations.capacity.change"), click -> {
                Integer value = seats.getValue();
                if (FieldErrors.refuseIf(
                        this,
                        seats,
                        value == null || value < part.taken() || value > 100_000,
                        "registrations.capacity.belowTaken",
                        part.taken())) {
                    return;
                }
                List<Long> promoted = registrations.changeCapacity(part.id(), value);
                notice(getTranslation("registrations.capacity.changed", part.title(), value, promoted.size()));
                refresh();
            });
            change.setAriaLabel(getTranslation("registrations.capacity.seats", part.title()) + ": "
                    + getTranslation("registrations.capacity.change"));
            change.addClassName("change-seats");
            Span waits =
                    new Span(getTranslation("registrations.capacity.waiting", waiting.getOrDefault(part.id(), 0L)));
            waits.addClassName("capacity-waiting");
            FlexLayout row = new FlexLayout(new CapacityBar(part), waits, seats, change);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.END);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            capacity.add(row);
        }
    }

    private void showList() {
        String wanted = search.getValue().strip().toLowerCase(java.util.Locale.GERMAN);
        List<RegistrationView> shown = registrations
                .registrationsOf(shownEvent().id())
                .stream()
                .filter(r -> wanted.isEmpty()
                        || (r.name() + " " + r.email())
                                .toLowerCase(java.util.Locale.GERMAN)
                                .contains(wanted))
                .filter(r -> statusFilter.getValue() == null || r.status() == statusFilter.getValue())
                .filter(r -> roleFilter.getValue() == null || r.role() == roleFilter.getValue())
                .filter(r -> partFilter.getValue() == null
                        || r.parts().stream()
                                .anyMatch(
                                        p -> p.partId() == partFilter.getValue().id()))
                .toList();
        grid.setItems(shown);
        count.setText(getTranslation("registrations.count", shown.size()));
        detail.removeAll();
    }

    private String standing(RegistrationView registration) {
        return registration.parts().stream()
                .map(part -> partTitle(part.partId()) + ": "
                        + getTranslation("registration.part." + part.status().name()))
                .collect(Collectors.joining(" · "));
    }

    private String partTitle(long partId) {
        return shownEvent().parts().stream()
                .filter(part -> part.id() == partId)
                .map(EventOverview.PartOverview::title)
                .findFirst()
                .orElse("");
    }

    private void showDetail(Optional<RegistrationView> selected) {
        detail.removeAll();
        selected.ifPresent(registration -> detail.add(
                new RegistrationDetail(registrations, sessionMoves, registration, this::partTitle, this::refresh)));
    }

    private void notice(String text) {
        com.vaadin.flow.component.notification.Notification.show(text);
    }

    @Override
    public String getPageTitle() {
        return event == null ? "" : getTranslation("registrations.title", event.title());
    }
}

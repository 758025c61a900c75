package de.klimaflow.events.backoffice;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import de.klimaflow.events.CheckIns;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.events.EventRoutes;
import de.klimaflow.events.EventService;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/**
 * At the door of one part, on a tablet: only the people seated in that part; find a name, one tap marks the person
 * present (a second tap undoes it).
 */
@Route("events/:" + EventDetailView.EVENT_ID + "/check-in")
@RolesAllowed({Groups.EVENT_TEAM, Groups.REGISTRATION_DESK})
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final CheckIns checkIns;
    private final EventRegistrations registrations;
    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Paragraph counter = new Paragraph();
    private final Paragraph notYet = new Paragraph();
    private final TextField earlyReason = new TextField();
    /** The door of one part: only the people seated there, counted there. */
    private final Select<EventOverview.PartOverview> part = new Select<>();

    private long eventId;
    private String title = "";

    private final CurrentUser currentUser;
    private final Clock clock;

    public CheckInView(
            EventService events,
            CheckIns checkIns,
            EventRegistrations registrations,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.checkIns = checkIns;
        this.registrations = registrations;
        this.currentUser = currentUser;
        addClassName("check-in-view");
        search.setLabel(getTranslation("checkin.search"));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxLength(100);
        search.addValueChangeListener(change -> showList());
        counter.getElement().setAttribute("aria-live", "polite");
        notYet.addClassName("checkin-not-yet");
        notYet.getElement().setAttribute("role", "status");
        earlyReason.setLabel(getTranslation("checkin.earlyReason"));
        earlyReason.setHelperText(getTranslation("checkin.early"));
        earlyReason.setMaxLength(500);
        earlyReason.setWidthFull();
        earlyReason.addClassName("checkin-early-reason");
        part.setLabel(getTranslation("checkin.part"));
        part.setItemLabelGenerator(p -> p.title() + " · " + Formats.span(p.startsAt(), p.endsAt()));
        part.addClassName("checkin-part");
        part.addValueChangeListener(change -> showList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        var event = EventRoutes.eventId(navigation).flatMap(events::overviewOf);
        if (event.isEmpty()) {
            EventRoutes.notFound(navigation);
            return;
        }
        eventId = event.get().id();
        title = event.get().title();
        removeAll();
        add(new H2(getTranslation("checkin.title", title)));
        if (!checkIns.checkInOpen(eventId)) {
            notYet.setText(
                    getTranslation("checkin.notYet", Formats.date(event.get().startsAt())));
            add(notYet);
            if (currentUser.isIn(Groups.EVENT_TEAM)) {
                add(earlyReason);
            }
        }
        // the part under way or next to begin
        List<EventOverview.PartOverview> parts = event.get().parts();
        part.setItems(parts);
        part.setValue(parts.stream()
                .filter(p -> p.endsAt().isAfter(clock.instant()))
                .findFirst()
                .orElse(parts.get(parts.size() - 1)));
        add(part, counter, search, list);
        showList();
    }

    private void showList() {
        EventOverview.PartOverview door = part.getValue();
        if (door == null) {
            return;
        }
        List<Participant> participants = registrations.participants(eventId).stream()
                .filter(p -> p.partIds().contains(door.id()))
                .toList();
        long present = participants.stream().filter(p -> p.attended(door.id())).count();
        counter.setText(getTranslation("checkin.count", present, participants.size()));
        String query = search.getValue().strip().toLowerCase(Locale.GERMAN);
        list.removeAll();
        participants.stream()
                .filter(p -> query.isEmpty()
                        || p.name().toLowerCase(Locale.GERMAN).contains(query)
                        || (p.organisation() != null
                                && p.organisation().toLowerCase(Locale.GERMAN).contains(query)))
                .forEach(p -> list.add(row(p, door.id())));
    }

    private Div row(Participant participant, long doorId) {
        Span name = new Span(participant.name());
        name.addClassName("checkin-name");
        Span organisation = new Span(participant.organisation() == null ? "" : participant.organisation());
        boolean here = participant.attended(doorId);
        Button toggle = new Button(getTranslation(here ? "checkin.present" : "checkin.markPresent"));
        toggle.addClassName("checkin-toggle");
        toggle.setAriaLabel(getTranslation(here ? "checkin.undoAria" : "checkin.markAria", participant.name()));
        if (here) {
            toggle.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        }
        boolean open = checkIns.checkInOpen(eventId);
        toggle.setEnabled(open || currentUser.isIn(Groups.EVENT_TEAM));
        toggle.addClickListener(click -> {
            if (FieldErrors.refuseIf(
                    this, earlyReason, !open && earlyReason.getValue().isBlank(), "checkin.earlyRefused")) {
                return;
            }
            earlyReason.setInvalid(false);
            checkIns.checkIn(
                    eventId, doorId, participant.registrationId(), !here, open ? null : earlyReason.getValue());
            showList();
        });
        Div row = new Div(new Div(name, new Div(organisation)), toggle);
        row.addClassName("checkin-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.title", title);
    }
}

package de.klimaflow.events.backoffice;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRoutes;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.Materials;
import de.klimaflow.events.ParticipantExports;
import de.klimaflow.events.PressReleases;
import de.klimaflow.events.Programme;
import de.klimaflow.events.PublishedEventChanges;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningPosition;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

import jakarta.annotation.security.RolesAllowed;

/** One event for the staff: parts and seats, registrations, where its process stands and what happened. */
@Route("events/:" + EventDetailView.EVENT_ID)
@RolesAllowed({Groups.EVENT_TEAM, Groups.MANAGEMENT, Groups.REGISTRATION_DESK})
public class EventDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String EVENT_ID = EventRoutes.EVENT_ID;

    private final EventService events;
    private final PublishedEventChanges changes;
    private final EventHistory history;
    private final EventPlanningFlow planning;
    private final EventPlanningPosition position;
    private final EventRegistrations registrations;
    private final ParticipantExports exports;
    private final CurrentUser currentUser;
    private final PressReleases pressReleases;
    private final Programme programme;
    private final Materials materials;
    private String title = "";

    public EventDetailView(
            EventService events,
            PublishedEventChanges changes,
            EventPlanningFlow planning,
            EventPlanningPosition position,
            EventRegistrations registrations,
            ParticipantExports exports,
            CurrentUser currentUser,
            PressReleases pressReleases,
            EventHistory history,
            Programme programme,
            Materials materials) {
        this.events = events;
        this.changes = changes;
        this.history = history;
        this.planning = planning;
        this.position = position;
        this.registrations = registrations;
        this.exports = exports;
        this.currentUser = currentUser;
        this.pressReleases = pressReleases;
        this.programme = programme;
        this.materials = materials;
        addClassName("event-detail-view");
        setMaxWidth("70rem");
    }

    public static RouteParameters parameters(long eventId) {
        return new RouteParameters(EVENT_ID, Long.toString(eventId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        EventRoutes.eventId(navigation)
                .flatMap(events::overviewOf)
                .ifPresentOrElse(this::render, () -> EventRoutes.notFound(navigation));
    }

    private void render(EventOverview event) {
        removeAll();
        title = event.title();
        add(
                new RouterLink(getTranslation("event.back"), EventListView.class),
                new H2(event.title()),
                new Paragraph(getTranslation("event.type." + event.type().name()) + " · "
                        + getTranslation("event.status." + event.status().name()) + " · "
                        + getTranslation("event.field.deadline") + ": "
                        + Formats.dateTime(event.registrationDeadline())));

        add(new H3(getTranslation("event.seats")));
        event.parts().forEach(part -> add(new CapacityBar(part)));
        Map<String, Long> counts = registrations.countByStatus(event.id());
        add(new Paragraph(counts.entrySet().stream()
                .map(count -> getTranslation("registration.status." + count.getKey()) + ": " + count.getValue())
                .reduce((a, b) -> a + " · " + b)
                .orElse(getTranslation("event.noRegistrations"))));

        add(new AgendaPanel(programme, materials, event, currentUser.isIn(Groups.EVENT_TEAM)));
        add(
                new H3(getTranslation("event.downloads")),
                new EventDownloads(exports, event.id(), exports.certificatesAvailable(event.id())));
        if (!pressReleases.text(event.id()).isEmpty()) {
            add(new PressReleasePanel(
                    pressReleases,
                    event.id(),
                    currentUser.isIn(Groups.EVENT_TEAM) || currentUser.isIn(Groups.MANAGEMENT)));
        }
        if (currentUser.isIn(Groups.EVENT_TEAM) || currentUser.isIn(Groups.REGISTRATION_DESK)) {
            add(new RouterLink(getTranslation("checkin.open"), CheckInView.class, parameters(event.id())));
            // the registration feature's view; events knows it only by its route
            add(new Anchor(Links.eventRegistrations(event.id()), getTranslation("event.registrations.open")));
        }

        add(new ProcessTimelinePanel(position.of(event.id()), currentUser.isIn(Groups.OPERATORS)));

        if (currentUser.isIn(Groups.EVENT_TEAM)
                && (event.status() == EventStatus.PUBLISHED || event.status() == EventStatus.REGISTRATION_CLOSED)) {
            Runnable again = () -> events.overviewOf(event.id()).ifPresent(this::render);
            add(
                    new PublishedEditPanel(events, changes, event.id(), again),
                    new ReschedulePanel(planning, event, again));
        }
        if (currentUser.isIn(Groups.EVENT_TEAM)
                && event.status() != EventStatus.CANCELLED
                && event.status() != EventStatus.COMPLETED) {
            add(new EasyLanguagePanel(
                    events, event.id(), () -> events.overviewOf(event.id()).ifPresent(this::render)));
        }
        List<EventHistory.EventChangeEntry> changes = history.changes(event.id());
        if (!changes.isEmpty()) {
            UnorderedList trail = new UnorderedList();
            trail.addClassName("event-changes");
            changes.forEach(change -> {
                ListItem line = new ListItem(Formats.dateTime(change.changedAt()) + " · " + change.changedBy() + " · "
                        + ReviewItems.change(this, change.item(), change.before(), change.after()));
                line.getStyle().set("white-space", "pre-line");
                trail.add(line);
            });
            add(new H3(getTranslation("event.changes")), trail);
        }
        if ((currentUser.isIn(Groups.EVENT_TEAM) || currentUser.isIn(Groups.MANAGEMENT))
                && event.status() != EventStatus.CANCELLED
                && event.status() != EventStatus.COMPLETED) {
            add(cancelButton(event));
        }
    }

    private Button cancelButton(EventOverview event) {
        Button cancel = new Button(getTranslation("event.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("cancel-event");
        cancel.addClickListener(click -> {
            TextArea reason = new TextArea(getTranslation("event.cancel.reason"));
            reason.setMaxLength(EventPlanningFlow.MAX_REASON);
            reason.setWidthFull();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("event.cancel.confirm", event.title()));
            dialog.add(new Paragraph(getTranslation("event.cancel.consequence")), reason);
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("event.cancel.keep"));
            dialog.setConfirmText(getTranslation("event.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                planning.cancel(event.id(), reason.getValue());
                Notification.show(getTranslation("event.cancelled"));
                events.overviewOf(event.id()).ifPresent(this::render);
            });
            dialog.open();
        });
        return cancel;
    }

    @Override
    public String getPageTitle() {
        return title + " · klimaflow";
    }
}

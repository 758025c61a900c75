package de.klimaflow.events.backoffice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.ui.FieldErrors;
import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.platform.Links;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;
import de.klimaflow.platform.Formats;
import jakarta.annotation.security.RolesAllowed;
import de.klimaflow.events.process.ProcessPosition;
import de.klimaflow.events.process.EventPlanning;
import de.klimaflow.events.PressReleases;
import de.klimaflow.events.ParticipantExports;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventRoutes;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Event;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRules;
import de.klimaflow.events.PublishedEdit;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.ProcessLabels;
import de.klimaflow.events.process.EventPlanningProcess;

/** One event for the staff: parts and seats, registrations, where its process stands and what happened. */
@Route("events/:" + EventDetailView.EVENT_ID)
@RolesAllowed({Groups.EVENT_TEAM, Groups.MANAGEMENT, Groups.REGISTRATION_DESK})
public class EventDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String EVENT_ID = EventRoutes.EVENT_ID;

    private final EventService events;
    private final EventHistory history;
    private final EventPlanning planning;
    private final EventRegistrations registrations;
    private final ParticipantExports exports;
    private final CurrentUser currentUser;
    private final PressReleases pressReleases;
    private String title = "";

    public EventDetailView(EventService events, EventPlanning planning, EventRegistrations registrations,
            ParticipantExports exports, CurrentUser currentUser, PressReleases pressReleases, EventHistory history) {
        this.events = events;
        this.history = history;
        this.planning = planning;
        this.registrations = registrations;
        this.exports = exports;
        this.currentUser = currentUser;
        this.pressReleases = pressReleases;
        addClassName("event-detail-view");
        setMaxWidth("70rem");
    }

    public static RouteParameters parameters(long eventId) {
        return new RouteParameters(EVENT_ID, Long.toString(eventId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        EventRoutes.eventId(navigation).flatMap(events::overviewOf)
                .ifPresentOrElse(this::render, () -> EventRoutes.notFound(navigation));
    }

    private void render(EventOverview event) {
        removeAll();
        title = event.title();
        add(new RouterLink(getTranslation("event.back"), EventListView.class), new H2(event.title()),
                new Paragraph(getTranslation("event.type." + event.type().name()) + " · "
                        + getTranslation("event.status." + event.status().name()) + " · "
                        + getTranslation("event.field.deadline") + ": " + Formats.dateTime(event.registrationDeadline())));

        add(new H3(getTranslation("event.seats")));
        event.parts().forEach(part -> add(new CapacityBar(part)));
        Map<String, Long> counts = registrations.countByStatus(event.id());
        add(new Paragraph(counts.entrySet().stream()
                .map(count -> getTranslation("registration.status." + count.getKey()) + ": " + count.getValue())
                .reduce((a, b) -> a + " · " + b).orElse(getTranslation("event.noRegistrations"))));

        add(new H3(getTranslation("event.downloads")), new EventDownloads(exports, event.id(), events.hasStarted(event.id())));
        if (!pressReleases.text(event.id()).isEmpty()) {
            add(pressRelease(event.id()));
        }
        if (currentUser.isIn(Groups.EVENT_TEAM) || currentUser.isIn(Groups.REGISTRATION_DESK)) {
            add(new RouterLink(getTranslation("checkin.open"), CheckInView.class, parameters(event.id())));
            // the registration feature's view; events knows it only by its route
            add(new Anchor(Links.eventRegistrations(event.id()), getTranslation("event.registrations.open")));
        }

        ProcessPosition position = planning.position(event.id());
        add(new H3(getTranslation("event.process")));
        add(new Paragraph(position.current().isEmpty() ? getTranslation("event.process.none")
                : getTranslation("event.process.current", position.current().stream()
                        .map(step -> step.waitsUntil() == null ? stepName(step.activityId(), step.name())
                                : getTranslation("event.process.waits", Formats.dateTime(step.waitsUntil()),
                                        stepName(step.activityId(), step.name())))
                        .collect(java.util.stream.Collectors.joining(", ")))));
        if (position.processInstanceId() != null && currentUser.isIn(Groups.OPERATORS)) {
            add(new Anchor(Links.cockpitProcessInstance(position.processInstanceId()),
                    getTranslation("event.process.cockpit"), AnchorTarget.BLANK));
        }
        OrderedList timeline = new OrderedList();
        timeline.addClassName("event-timeline");
        for (ProcessPosition.Step step : position.history()) {
            timeline.add(new ListItem(Formats.dateTime(step.started()) + " · " + stepName(step.activityId(), step.name())
                    + (step.ended() == null ? " · " + getTranslation("event.process.open") : "")));
        }
        add(new H3(getTranslation("event.timeline")), timeline);

        if (currentUser.isIn(Groups.EVENT_TEAM)
                && (event.status() == EventStatus.PUBLISHED || event.status() == EventStatus.REGISTRATION_CLOSED)) {
            add(editPublished(event.id()), reschedule(event));
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
                && event.status() != EventStatus.CANCELLED && event.status() != EventStatus.COMPLETED) {
            add(cancelButton(event));
        }
    }

    private String stepName(String activityId, String modelName) {
        return ProcessLabels.element(this, EventPlanningProcess.PROCESS_KEY, activityId, modelName);
    }

    private VerticalLayout pressRelease(long eventId) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("press-release");
        TextArea text = new TextArea(getTranslation("press.text"));
        text.setValue(pressReleases.text(eventId));
        text.setMaxLength(PressReleases.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("16rem");
        boolean editable = currentUser.isIn(Groups.EVENT_TEAM) || currentUser.isIn(Groups.MANAGEMENT);
        text.setReadOnly(!editable);
        section.add(new H3(getTranslation("press.title")), text);
        if (editable) {
            Button save = new Button(getTranslation("press.save"), click -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("press.empty"));
                    return;
                }
                pressReleases.save(eventId, text.getValue());
                Notification.show(getTranslation("press.saved"));
            });
            save.addClassName("save-press-release");
            section.add(save);
        }
        section.add(DownloadLink.of(this, "press.docx", "pressemitteilung-" + eventId + ".docx",
                () -> pressReleases.docx(eventId)), DownloadLink.of(this, "press.pdf",
                        "pressemitteilung-" + eventId + ".pdf", () -> pressReleases.pdf(eventId)));
        return section;
    }

    /**
     * After publication: description, contact person, and per part programme and seats. The service checks
     * the seat rules again and records every change; new seats go to the waiting list at once.
     */
    private Details editPublished(long eventId) {
        Event event = events.find(eventId).orElseThrow();
        TextArea description = new TextArea(getTranslation("event.field.description"));
        description.setValue(event.getDescription() == null ? "" : event.getDescription());
        description.setHelperText(getTranslation("event.field.maxLength", EventRules.MAX_DESCRIPTION));
        description.setWidthFull();
        TextField contactName = new TextField(getTranslation("event.field.contactName"));
        contactName.setValue(event.getContactName());
        contactName.setRequiredIndicatorVisible(true);
        EmailField contactEmail = new EmailField(getTranslation("event.field.contactEmail"));
        contactEmail.setValue(event.getContactEmail());
        contactEmail.setRequiredIndicatorVisible(true);
        contactName.addClassName("edit-contact-name");
        contactEmail.addClassName("edit-contact-email");
        Map<String, HasValidation> fields = new java.util.HashMap<>(Map.of("description", description,
                "contactName", contactName, "contactEmail", contactEmail));
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("event.edit.hint")), description,
                contactName, contactEmail);
        List<Runnable> readers = new java.util.ArrayList<>();
        List<PublishedEdit.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < event.getParts().size(); i++) {
            EventPart part = event.getParts().get(i);
            TextArea programme = new TextArea(getTranslation("event.edit.programme", part.getTitle()));
            programme.setValue(part.getDescription() == null ? "" : part.getDescription());
            programme.setWidthFull();
            IntegerField seats = new IntegerField(getTranslation("event.edit.seats", part.getTitle()));
            seats.setValue(part.getCapacity());
            seats.setMin(1);
            seats.setStepButtonsVisible(true);
            seats.addClassName("edit-seats");
            fields.put("parts[" + i + "].description", programme);
            fields.put("parts[" + i + "].capacity", seats);
            content.add(programme, seats);
            long partId = part.getId();
            readers.add(() -> parts.add(new PublishedEdit.Part(partId, programme.getValue(),
                    seats.getValue() == null ? 0 : seats.getValue())));
        }
        Button save = new Button(getTranslation("event.edit.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            parts.clear();
            readers.forEach(Runnable::run);
            try {
                events.editPublished(eventId, new PublishedEdit(description.getValue(), contactName.getValue(),
                        contactEmail.getValue(), List.copyOf(parts)));
                Notification.show(getTranslation("event.edit.saved"));
                events.overviewOf(eventId).ifPresent(this::render);
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, fields, invalid);
            }
        });
        save.addClassName("edit-published-save");
        content.add(save);
        Details details = new Details(getTranslation("event.edit"), content);
        details.addClassName("edit-published");
        return details;
    }

    /** After publication: extend the deadline or move the event; the process's timers and registrants follow. */
    private Details reschedule(EventOverview event) {
        DateTimePicker deadline = new DateTimePicker(getTranslation("event.field.deadline"));
        DatePickers.german(deadline);
        deadline.setValue(LocalDateTime.ofInstant(event.registrationDeadline(), Formats.ZONE));
        deadline.setReadOnly(event.status() != EventStatus.PUBLISHED);
        deadline.addClassName("reschedule-deadline");
        DatePicker firstDay = new DatePicker(getTranslation("event.reschedule.firstDay"));
        DatePickers.german(firstDay);
        LocalDate currentFirstDay = event.startsAt().atZone(Formats.ZONE).toLocalDate();
        firstDay.setValue(currentFirstDay);
        firstDay.addClassName("reschedule-first-day");
        Paragraph hint = new Paragraph(getTranslation("event.reschedule.hint"));
        Button save = new Button(getTranslation("event.reschedule.save"), click -> {
            deadline.setErrorMessage(getTranslation("event.error.required"));
            firstDay.setErrorMessage(getTranslation("event.error.required"));
            deadline.setInvalid(deadline.getValue() == null);
            firstDay.setInvalid(firstDay.getValue() == null);
            if (deadline.isInvalid() || firstDay.isInvalid()) {
                return;
            }
            try {
                planning.reschedule(event.id(), deadline.getValue().atZone(Formats.ZONE).toInstant(), firstDay.getValue());
                Notification.show(getTranslation(firstDay.getValue().equals(currentFirstDay) ? "event.reschedule.deadlineSaved"
                        : "event.reschedule.moved"));
                events.overviewOf(event.id()).ifPresent(this::render);
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, Map.of("firstDay", firstDay), invalid, deadline);
            }
        });
        save.addClassName("reschedule-save");
        Details details = new Details(getTranslation("event.reschedule"), new VerticalLayout(hint, deadline, firstDay, save));
        details.addClassName("reschedule");
        return details;
    }

    private Button cancelButton(EventOverview event) {
        Button cancel = new Button(getTranslation("event.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("cancel-event");
        cancel.addClickListener(click -> {
            TextArea reason = new TextArea(getTranslation("event.cancel.reason"));
            reason.setMaxLength(EventPlanning.MAX_REASON);
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

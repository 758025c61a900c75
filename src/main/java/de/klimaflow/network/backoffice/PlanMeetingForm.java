package de.klimaflow.network.backoffice;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.Audience;
import de.klimaflow.events.EventDraft;
import de.klimaflow.events.EventFormat;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventType;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Venue;
import de.klimaflow.events.Venues;
import de.klimaflow.network.process.NetworkMeetingCycleProcess;
import de.klimaflow.network.process.NetworkMeetingFlow;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/**
 * Form of "Nächstes Netzwerktreffen planen": date, on site or by video, seats and deadline. Completing it
 * creates the invitation-only network meeting, which then runs through event planning; once published,
 * every network member is invited.
 */
@Component
class PlanMeetingForm extends SimpleTaskForm {

    private final NetworkMeetingFlow tasks;
    private final EventService events;
    private final Venues venues;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final java.time.Clock clock;

    PlanMeetingForm(
            NetworkMeetingFlow tasks,
            EventService events,
            Venues venues,
            CurrentUser currentUser,
            UserDirectory users,
            java.time.Clock clock) {
        super(NetworkMeetingCycleProcess.FORM_PLAN_MEETING);
        this.tasks = tasks;
        this.events = events;
        this.venues = venues;
        this.clock = clock;
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        TextField title = new TextField(layout.getTranslation("event.field.title"));
        LocalDateTime quarter = LocalDateTime.ofInstant(clock.instant(), Formats.ZONE);
        title.setValue(layout.getTranslation(
                "meeting.defaultTitle", (quarter.getMonthValue() - 1) / 3 + 1, quarter.getYear()));
        title.setRequiredIndicatorVisible(true);
        title.addClassName("meeting-title");
        TextArea programme = new TextArea(layout.getTranslation("meeting.programme"));
        programme.setWidthFull();
        RadioButtonGroup<EventFormat> format = new RadioButtonGroup<>(layout.getTranslation("event.field.format"));
        format.setItems(EventFormat.ON_SITE, EventFormat.ONLINE);
        format.setItemLabelGenerator(value -> layout.getTranslation("event.format." + value.name()));
        format.setValue(EventFormat.ONLINE);
        ComboBox<Venue> venue = new ComboBox<>(layout.getTranslation("event.field.venue"));
        venue.setItems(venues.all());
        venue.setItemLabelGenerator(v -> v.getName() + ", " + v.getCity());
        TextField videoLink = new TextField(layout.getTranslation("event.field.videoLink"));
        videoLink.setPlaceholder("https://");
        videoLink.addClassName("meeting-video-link");
        DateTimePicker start = new DateTimePicker(layout.getTranslation("meeting.start"));
        DateTimePicker end = new DateTimePicker(layout.getTranslation("meeting.end"));
        DateTimePicker deadline = new DateTimePicker(layout.getTranslation("event.field.deadline"));
        List.of(start, end, deadline).forEach(picker -> {
            DatePickers.german(picker);
            picker.setRequiredIndicatorVisible(true);
        });
        start.addClassName("meeting-start");
        end.addClassName("meeting-end");
        deadline.addClassName("meeting-deadline");
        IntegerField seats = new IntegerField(layout.getTranslation("meeting.seats"));
        seats.setValue(60);
        seats.setMin(1);
        TextField contactName = new TextField(layout.getTranslation("event.field.contactName"));
        EmailField contactEmail = new EmailField(layout.getTranslation("event.field.contactEmail"));
        currentUser.id().flatMap(users::contact).ifPresent(me -> {
            contactName.setValue(me.name());
            contactEmail.setValue(me.email() == null ? "" : me.email());
        });
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("venue", venue);
        fields.put("videoLink", videoLink);
        fields.put("registrationDeadline", deadline);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("parts[0].startsAt", start);
        fields.put("parts[0].endsAt", end);
        fields.put("parts[0].capacity", seats);
        FormLayout form = new FormLayout(
                title, format, venue, videoLink, start, end, deadline, seats, contactName, contactEmail, programme);
        form.setColspan(programme, 2);
        layout.add(new Paragraph(layout.getTranslation("meeting.hint")), form);
        return () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            EventDraft draft = new EventDraft(
                    EventType.NETWORK_MEETING,
                    title.getValue(),
                    null,
                    null,
                    null,
                    venue.getValue() == null ? null : venue.getValue().getId(),
                    format.getValue(),
                    videoLink.getValue(),
                    true,
                    true,
                    null,
                    Formats.instant(deadline.getValue()),
                    contactName.getValue(),
                    contactEmail.getValue(),
                    List.of(new EventDraft.Part(
                            layout.getTranslation("meeting.part"),
                            programme.getValue(),
                            Formats.instant(start.getValue()),
                            Formats.instant(end.getValue()),
                            seats.getValue() == null ? 0 : seats.getValue(),
                            Set.of(Audience.CLIMATE_MANAGERS))));
            try {
                tasks.planMeeting(task.id(), draft);
                return true;
            } catch (EventValidationException invalid) {
                FieldErrors.show(layout, fields, invalid);
                return false;
            }
        };
    }
}

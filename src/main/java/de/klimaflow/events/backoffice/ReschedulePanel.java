package de.klimaflow.events.backoffice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** After publication: extend the deadline or move the event; the process's timers and registrants follow. */
class ReschedulePanel extends Composite<Details> {

    ReschedulePanel(EventPlanningFlow planning, EventOverview event, Runnable saved) {
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
            // both are checked, so that both problems show at once
            boolean refused = FieldErrors.refuseIf(this, deadline, deadline.getValue() == null, "event.error.required")
                    | FieldErrors.refuseIf(this, firstDay, firstDay.getValue() == null, "event.error.required");
            if (refused) {
                return;
            }
            try {
                planning.reschedule(
                        event.id(), deadline.getValue().atZone(Formats.ZONE).toInstant(), firstDay.getValue());
                Notification.show(getTranslation(
                        firstDay.getValue().equals(currentFirstDay)
                                ? "event.reschedule.deadlineSaved"
                                : "event.reschedule.moved"));
                saved.run();
            } catch (EventValidationException invalid) {
                FieldErrors.show(this, Map.of("firstDay", firstDay), invalid, deadline);
            }
        });
        save.addClassName("reschedule-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("event.reschedule"));
        details.add(new VerticalLayout(hint, deadline, firstDay, save));
        details.addClassName("reschedule");
    }
}

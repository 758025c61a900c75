package de.klimaflow.events.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventService;
import de.klimaflow.events.ParticipantExports;
import de.klimaflow.events.Venue;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/**
 * Form of "Teilnehmerliste prüfen und an das Catering senden": seats, the downloads, where the venue's
 * copy goes when the step is done, and a confirmation.
 */
@Component
class ParticipantListForm extends SimpleTaskForm {

    private final EventPlanningFlow planning;
    private final EventService events;
    private final ParticipantExports exports;

    ParticipantListForm(EventPlanningFlow planning, EventService events, ParticipantExports exports) {
        super(EventPlanningProcess.FORM_PARTICIPANT_LIST);
        this.planning = planning;
        this.events = events;
        this.exports = exports;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long eventId = businessId(task);
        Checkbox sent = new Checkbox(layout.getTranslation("event.step.participantList.sent"));
        sent.addClassName("participant-list-sent");
        Div seats = new Div();
        events.overviewOf(eventId).ifPresent(event -> event.parts().forEach(part -> seats.add(new CapacityBar(part))));
        Venue venue = events.find(eventId).map(Event::getVenue).orElse(null);
        Paragraph venueCopy = new Paragraph();
        venueCopy.addClassName("participant-list-venue");
        if (venue != null && venue.getContactEmail() != null) {
            venueCopy.setText(layout.getTranslation(
                    "event.step.participantList.venue",
                    venue.getContactName() == null ? venue.getName() : venue.getContactName(),
                    venue.getContactEmail(),
                    venue.getName()));
        } else if (venue != null) {
            venueCopy.setText(layout.getTranslation("event.step.participantList.noVenueContact"));
        }
        // the caterer gets head count and dietary needs per part, without names, when the step is done
        Event stored = events.find(eventId).orElseThrow();
        TextField catererName = new TextField(layout.getTranslation("event.step.participantList.catererName"));
        catererName.setMaxLength(200);
        catererName.setValue(stored.getCatererName() == null ? "" : stored.getCatererName());
        EmailField catererEmail = new EmailField(layout.getTranslation("event.step.participantList.catererEmail"));
        catererEmail.setMaxLength(254);
        catererEmail.setHelperText(layout.getTranslation("event.step.participantList.catererHelp"));
        catererEmail.setValue(stored.getCatererEmail() == null ? "" : stored.getCatererEmail());
        catererEmail.addClassName("caterer-email");
        layout.add(
                new Paragraph(layout.getTranslation("event.step.participantList.hint")),
                seats,
                venueCopy,
                catererName,
                catererEmail,
                new EventDownloads(exports, eventId, false),
                sent);
        return () -> {
            String address = catererEmail.getValue().strip();
            if (FieldErrors.refuseIf(
                    layout,
                    catererEmail,
                    !address.isEmpty() && !MailAddresses.isValid(address),
                    "event.step.participantList.catererInvalid")) {
                return false;
            }
            if (FieldErrors.refuseIf(layout, sent, !sent.getValue(), "event.step.participantList.required")) {
                return false;
            }
            planning.participantListSent(task.id(), eventId, catererName.getValue(), address);
            return true;
        };
    }
}

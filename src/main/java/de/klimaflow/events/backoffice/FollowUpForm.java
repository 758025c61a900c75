package de.klimaflow.events.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventRules;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.events.ParticipantExports;
import de.klimaflow.events.Programme;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** Form of "Nachbereiten": the links to the documentation and the survey that the thank-you mail carries. */
@Component
class FollowUpForm extends SimpleTaskForm {

    private final EventPlanningFlow planning;
    private final ParticipantExports exports;
    private final EventService events;
    private final Programme programme;
    private final Materials materials;

    FollowUpForm(
            EventPlanningFlow planning,
            ParticipantExports exports,
            EventService events,
            Programme programme,
            Materials materials) {
        super(EventPlanningProcess.FORM_FOLLOW_UP);
        this.events = events;
        this.programme = programme;
        this.materials = materials;
        this.planning = planning;
        this.exports = exports;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long eventId = businessId(task);
        TextField documentation = new TextField(layout.getTranslation("event.step.followUp.documentation"));
        TextField survey = new TextField(layout.getTranslation("event.step.followUp.survey"));
        for (TextField field : new TextField[] {documentation, survey}) {
            field.setPlaceholder("https://");
            field.setMaxLength(500);
            field.setWidthFull();
        }
        // the thank-you and the certificate go to those who came; those who did not get a mail only if chosen here
        Checkbox missed = new Checkbox(layout.getTranslation("event.step.followUp.missed"));
        missed.addClassName("follow-up-missed");
        layout.add(
                new Paragraph(layout.getTranslation("event.step.followUp.hint")),
                documentation,
                survey,
                missed,
                new EventDownloads(exports, eventId, true));
        // the slides uploaded here are linked in the thank-you mail to those who came
        events.overviewOf(eventId).ifPresent(event -> layout.add(new AgendaPanel(programme, materials, event, true)));
        return () -> {
            boolean valid = true;
            for (TextField field : new TextField[] {documentation, survey}) {
                boolean ok = EventRules.isWebLink(field.getValue());
                FieldErrors.refuseIf(layout, field, !ok, "event.error.link");
                valid &= ok;
            }
            if (valid) {
                planning.followUpDone(
                        task.id(), eventId, documentation.getValue(), survey.getValue(), missed.getValue());
            }
            return valid;
        };
    }
}

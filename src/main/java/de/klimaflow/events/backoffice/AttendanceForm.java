package de.klimaflow.events.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;

/** Form of "Anwesenheit erfassen": links the check-in and closes the step when the door is shut. */
@Component
class AttendanceForm extends SimpleTaskForm {

    private final EventPlanningFlow planning;
    private final EventRegistrations registrations;

    AttendanceForm(EventPlanningFlow planning, EventRegistrations registrations) {
        super(EventPlanningProcess.FORM_ATTENDANCE);
        this.planning = planning;
        this.registrations = registrations;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long eventId = businessId(task);
        long present = registrations.participants(eventId).stream()
                .filter(Participant::attended)
                .count();
        layout.add(
                new Paragraph(layout.getTranslation("event.step.attendance.hint")),
                new RouterLink(
                        layout.getTranslation("checkin.open"), CheckInView.class, EventDetailView.parameters(eventId)),
                new Paragraph(layout.getTranslation("event.step.attendance.count", present)));
        return () -> {
            planning.attendanceRecorded(task.id(), eventId);
            return true;
        };
    }
}

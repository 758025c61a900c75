package de.klimaflow.events.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.events.EventService;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;

/**
 * Form of "Anwesenheit erfassen": links the check-in, counts who came to each part, and closes the step when the
 * doors are shut.
 */
@Component
class AttendanceForm extends SimpleTaskForm {

    private final EventPlanningFlow planning;
    private final EventRegistrations registrations;
    private final EventService events;

    AttendanceForm(EventPlanningFlow planning, EventRegistrations registrations, EventService events) {
        super(EventPlanningProcess.FORM_ATTENDANCE);
        this.planning = planning;
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long eventId = businessId(task);
        java.util.List<Participant> participants = registrations.participants(eventId);
        layout.add(
                new Paragraph(layout.getTranslation("event.step.attendance.hint")),
                new RouterLink(
                        layout.getTranslation("checkin.open"), CheckInView.class, EventDetailView.parameters(eventId)));
        for (EventOverview.PartOverview part :
                events.overviewOf(eventId).map(EventOverview::parts).orElse(java.util.List.of())) {
            layout.add(new Paragraph(layout.getTranslation(
                    "event.step.attendance.count",
                    part.title(),
                    participants.stream().filter(p -> p.attended(part.id())).count(),
                    participants.stream()
                            .filter(p -> p.partIds().contains(part.id()))
                            .count())));
        }
        return () -> {
            planning.attendanceRecorded(task.id(), eventId);
            return true;
        };
    }
}

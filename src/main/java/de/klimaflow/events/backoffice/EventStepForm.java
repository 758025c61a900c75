package de.klimaflow.events.backoffice;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.events.EventService;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.regions.Regions;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;

/**
 * The planning steps that edit the event (venue and dates, agenda, revising after a send-back): the
 * event editor with the step's hint, and management's reason when the draft was sent back.
 */
abstract class EventStepForm extends SimpleTaskForm {

    private final String hintKey;
    private final EventPlanningFlow planning;
    private final EventService events;
    private final Venues venues;
    private final Regions regions;

    EventStepForm(
            String formKey,
            String hintKey,
            EventPlanningFlow planning,
            EventService events,
            Venues venues,
            Regions regions) {
        super(formKey);
        this.hintKey = hintKey;
        this.planning = planning;
        this.events = events;
        this.venues = venues;
        this.regions = regions;
    }

    /** Whether this step needs a programme text for every part (or an explicit "programme follows"). */
    protected boolean asksForAgenda() {
        return false;
    }

    /** What the step shows below the event's form; nothing by default. */
    protected void addBelowEditor(long eventId, VerticalLayout layout) {}

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long eventId = businessId(task);
        EventEditor editor = new EventEditor(events, venues, regions);
        editor.setValue(events.find(eventId).orElseThrow());
        planning.sendBackReason(task.id()).ifPresent(reason -> {
            Paragraph sentBack = new Paragraph(layout.getTranslation("event.step.sentBack", reason));
            sentBack.addClassName("send-back-reason");
            sentBack.getElement().setAttribute("role", "note");
            layout.add(sentBack);
        });
        layout.add(new Paragraph(layout.getTranslation(hintKey)), editor);
        Checkbox programmeFollows = new Checkbox(layout.getTranslation("event.step.agenda.follows"));
        programmeFollows.addClassName("programme-follows");
        addBelowEditor(eventId, layout);
        if (asksForAgenda()) {
            layout.add(programmeFollows);
        }
        return () -> {
            try {
                if (asksForAgenda()) {
                    planning.completeAgenda(task.id(), eventId, editor.value(), programmeFollows.getValue());
                    return true;
                }
                planning.completeStep(task.id(), eventId, editor.value());
                return true;
            } catch (EventValidationException e) {
                editor.showProblems(e);
                return false;
            }
        };
    }
}

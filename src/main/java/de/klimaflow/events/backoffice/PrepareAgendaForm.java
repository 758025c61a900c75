package de.klimaflow.events.backoffice;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.events.Programme;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.regions.Regions;

/** Form of "Programm und Referierende vorbereiten". */
@Component
class PrepareAgendaForm extends EventStepForm {

    private final EventService events;
    private final Programme programme;
    private final Materials materials;

    PrepareAgendaForm(
            EventPlanningFlow planning,
            EventService events,
            Venues venues,
            Regions regions,
            Programme programme,
            Materials materials) {
        super(EventPlanningProcess.FORM_PREPARE_AGENDA, "event.step.agenda.hint", planning, events, venues, regions);
        this.events = events;
        this.programme = programme;
        this.materials = materials;
    }

    /** The agenda items with their speakers; each is saved at once, whatever becomes of the step. */
    @Override
    protected void addBelowEditor(long eventId, VerticalLayout layout) {
        events.overviewOf(eventId).ifPresent(event -> layout.add(new AgendaPanel(programme, materials, event, true)));
    }

    @Override
    protected boolean asksForAgenda() {
        return true;
    }
}

package de.klimaflow.events.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventService;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.regions.Regions;

/** Form of "Programm und Referierende vorbereiten". */
@Component
class PrepareAgendaForm extends EventStepForm {

    PrepareAgendaForm(EventPlanningFlow planning, EventService events, Venues venues, Regions regions) {
        super(EventPlanningProcess.FORM_PREPARE_AGENDA, "event.step.agenda.hint", planning, events, venues, regions);
    }

    @Override
    protected boolean asksForAgenda() {
        return true;
    }
}

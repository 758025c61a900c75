package de.klimaflow.events.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventService;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.regions.Regions;

/** Form of "Entwurf überarbeiten": shows why management sent the draft back. */
@Component
class ReviseDraftForm extends EventStepForm {

    ReviseDraftForm(EventPlanningFlow planning, EventService events, Venues venues, Regions regions) {
        super(EventPlanningProcess.FORM_REVISE, "event.step.revise.hint", planning, events, venues, regions);
    }
}

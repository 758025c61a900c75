package de.klimaflow.events.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.events.EventService;
import de.klimaflow.events.Venues;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.regions.Regions;

/** Form of "Ort buchen und Termine bestätigen". */
@Component
class BookVenueForm extends EventStepForm {

    BookVenueForm(EventPlanningFlow planning, EventService events, Venues venues, Regions regions) {
        super(EventPlanningProcess.FORM_BOOK_VENUE, "event.step.bookVenue.hint", planning, events, venues, regions);
    }
}

package de.klimaflow.registration.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.registration.Registrations;

/**
 * The steps of event-planning.bpmn that act on the event's registrations. They live here, with the
 * registrations: the engine calls them by name, so the events feature never reaches up to registration.
 */
@Configuration
class EventPlanningRegistrationSteps {

    @Bean(EventPlanningProcess.DELEGATE_END_REGISTRATIONS)
    JavaDelegate endRegistrations(Registrations registrations) {
        return execution -> registrations.endAllBecauseEventCancelled(EventPlanningProcess.eventId(execution));
    }

    @Bean(EventPlanningProcess.DELEGATE_ANONYMISE_REGISTRATIONS)
    JavaDelegate anonymiseRegistrations(Registrations registrations) {
        return execution -> registrations.anonymiseEvent(EventPlanningProcess.eventId(execution));
    }
}

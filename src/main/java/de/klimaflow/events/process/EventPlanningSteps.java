package de.klimaflow.events.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.events.EventService;

/** The service tasks of event-planning.bpmn that change the event: thin delegates, one line each. */
@Configuration
class EventPlanningSteps {

    @Bean(EventPlanningProcess.DELEGATE_PUBLISH)
    JavaDelegate publishEvent(EventService events) {
        return execution -> events.publish(EventPlanningProcess.eventId(execution));
    }

    @Bean(EventPlanningProcess.DELEGATE_CLOSE_REGISTRATION)
    JavaDelegate closeRegistration(EventService events) {
        return execution -> events.closeRegistration(EventPlanningProcess.eventId(execution));
    }

    @Bean(EventPlanningProcess.DELEGATE_CANCEL)
    JavaDelegate cancelEvent(EventService events) {
        return execution -> events.markCancelled(EventPlanningProcess.eventId(execution));
    }
}

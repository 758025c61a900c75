package de.klimaflow.events;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of event-planning.bpmn: thin delegates, one line each, calling {@link EventPlanning}. */
@Configuration
class EventPlanningSteps {

    @Bean
    JavaDelegate publishEvent(EventPlanning planning) {
        return execution -> planning.publish(eventId(execution));
    }

    @Bean
    JavaDelegate closeRegistration(EventPlanning planning) {
        return execution -> planning.closeRegistration(eventId(execution));
    }

    @Bean
    JavaDelegate cancelEvent(EventPlanning planning) {
        return execution -> planning.markCancelled(eventId(execution));
    }

    @Bean
    JavaDelegate anonymiseRegistrations(EventPlanning planning) {
        return execution -> planning.anonymise(eventId(execution));
    }

    private static long eventId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}

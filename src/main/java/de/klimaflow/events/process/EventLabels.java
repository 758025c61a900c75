package de.klimaflow.events.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.events.EventService;
import de.klimaflow.tasks.BusinessObjectLabels;

/** The event's title in the task list, for the event-planning process. */
@Configuration
class EventLabels {

    @Bean
    BusinessObjectLabels eventTitles(EventService events) {
        return BusinessObjectLabels.ofIds(EventPlanningProcess.PROCESS_KEY, events::titles);
    }
}

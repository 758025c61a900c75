package de.klimaflow.events;

import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.tasks.BusinessObjectLabels;

/** The event's title in the task list, for the event-planning process. */
@Configuration
class EventLabels {

    @Bean
    BusinessObjectLabels eventTitles(EventRepository events) {
        return BusinessObjectLabels.ofIds(EventPlanningProcess.PROCESS_KEY,
                ids -> events.findAllById(ids).stream().collect(Collectors.toMap(Event::getId, Event::getTitle)));
    }
}

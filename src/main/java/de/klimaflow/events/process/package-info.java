/**
 * The event-planning process (event-planning.bpmn): its facade {@link de.klimaflow.events.process.EventPlanningFlow}
 * (start, timers in step with the event, the forms' way in, cancellation, where it stands), its delegates
 * (EventPlanningSteps), mails (EventMails), names (EventPlanningProcess), and the demo profile's events (DemoEvents).
 */
@NullMarked
package de.klimaflow.events.process;

import org.jspecify.annotations.NullMarked;

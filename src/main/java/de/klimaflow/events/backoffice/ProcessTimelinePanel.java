package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.events.process.ProcessPosition;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.ui.ProcessLabels;

/** Where the event's planning process stands, and the steps it has taken; operators get the link to Cockpit. */
class ProcessTimelinePanel extends Composite<VerticalLayout> {

    ProcessTimelinePanel(ProcessPosition position, boolean showCockpitLink) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("event.process")));
        layout.add(new Paragraph(
                position.current().isEmpty()
                        ? getTranslation("event.process.none")
                        : getTranslation(
                                "event.process.current",
                                position.current().stream()
                                        .map(step -> step.waitsUntil() == null
                                                ? stepName(step.activityId(), step.name())
                                                : getTranslation(
                                                        "event.process.waits",
                                                        Formats.dateTime(step.waitsUntil()),
                                                        stepName(step.activityId(), step.name())))
                                        .collect(java.util.stream.Collectors.joining(", ")))));
        // each open task of the event leads to its form (the task page says so when it is another group's)
        position.current().stream().filter(step -> step.taskId() != null).forEach(step -> {
            Anchor task = new Anchor(
                    Links.taskPage(String.valueOf(step.taskId())),
                    getTranslation("event.process.openTask", stepName(step.activityId(), step.name())));
            task.addClassName("open-task-link");
            layout.add(task);
        });
        if (position.processInstanceId() != null && showCockpitLink) {
            layout.add(new Anchor(
                    Links.cockpitProcessInstance(position.processInstanceId()),
                    getTranslation("event.process.cockpit"),
                    AnchorTarget.BLANK));
        }
        OrderedList timeline = new OrderedList();
        timeline.addClassName("event-timeline");
        for (ProcessPosition.Step step : position.history()) {
            timeline.add(
                    new ListItem(Formats.dateTime(step.started()) + " · " + stepName(step.activityId(), step.name())
                            + (step.ended() == null ? " · " + getTranslation("event.process.open") : "")));
        }
        layout.add(new H3(getTranslation("event.timeline")), timeline);
    }

    private String stepName(String activityId, String modelName) {
        return ProcessLabels.element(this, EventPlanningProcess.PROCESS_KEY, activityId, modelName);
    }
}

package de.klimaflow.events.backoffice;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventHistory;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Materials;
import de.klimaflow.events.Programme;
import de.klimaflow.events.process.EventPlanningFlow;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** Form of "Veranstaltung freigeben": management sees the event and approves it or sends it back with a reason. */
@Component
class ApproveEventForm extends SimpleTaskForm {

    private final EventPlanningFlow planning;
    private final EventService events;
    private final EventHistory history;
    private final Programme programme;
    private final Materials materials;

    ApproveEventForm(
            EventPlanningFlow planning,
            EventService events,
            EventHistory history,
            Programme programme,
            Materials materials) {
        super(EventPlanningProcess.FORM_APPROVE);
        this.planning = planning;
        this.events = events;
        this.history = history;
        this.programme = programme;
        this.materials = materials;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>();
        TextArea reason = new TextArea();
        layout.add(summary(events.find(businessId(task)).orElseThrow(), planning.programmeFollows(task.id())));
        // management sees the speakers and times it approves; only the event team edits them
        events.overviewOf(businessId(task))
                .ifPresent(event -> layout.add(new AgendaPanel(programme, materials, event, false)));
        List<EventHistory.ReviewChange> changes = history.changesSinceSendBack(businessId(task));
        if (planning.sendBackReason(task.id()).isPresent()) {
            layout.add(changes(layout, changes));
        }
        decision.setLabel(layout.getTranslation("event.approve.decision"));
        decision.setItems(Boolean.TRUE, Boolean.FALSE);
        decision.setItemLabelGenerator(
                approved -> layout.getTranslation(approved ? "event.approve.yes" : "event.approve.no"));
        decision.setRequired(true);
        decision.addClassName("approval-decision");
        reason.setLabel(layout.getTranslation("event.approve.reason"));
        reason.setMaxLength(EventPlanningFlow.MAX_REASON);
        reason.setWidthFull();
        reason.addClassName("send-back-reason-input");
        reason.setVisible(false);
        decision.addValueChangeListener(change -> reason.setVisible(Boolean.FALSE.equals(change.getValue())));
        layout.add(decision, reason);
        return () -> {
            if (FieldErrors.refuseIf(layout, decision, decision.getValue() == null, "event.approve.decisionRequired")) {
                return false;
            }
            if (FieldErrors.refuseIf(
                    layout,
                    reason,
                    !decision.getValue() && reason.getValue().isBlank(),
                    "event.approve.reasonRequired")) {
                return false;
            }
            planning.decide(task.id(), businessId(task), decision.getValue(), reason.getValue());
            return true;
        };
    }

    /** After a send-back: what the event team changed since, item by item, before and after. */
    private static Div changes(VerticalLayout i18n, List<EventHistory.ReviewChange> changes) {
        Div section = new Div(new H3(i18n.getTranslation("event.approve.changes")));
        section.addClassName("approval-changes");
        if (changes.isEmpty()) {
            section.add(new Paragraph(i18n.getTranslation("event.approve.noChanges")));
        }
        UnorderedList list = new UnorderedList();
        for (EventHistory.ReviewChange change : changes) {
            ListItem line = new ListItem(ReviewItems.change(i18n, change.item(), change.before(), change.after()));
            line.getStyle().set("white-space", "pre-line");
            list.add(line);
        }
        section.add(list);
        return section;
    }

    /** The whole event as it would be published: texts, each part with its audiences and programme, contact. */
    private static Div summary(Event event, boolean programmeFollows) {
        Div summary = new Div();
        summary.addClassName("event-summary");
        summary.add(
                new H3(event.getTitle()),
                new Paragraph(
                        summary.getTranslation("event.type." + event.getType().name()) + " · "
                                + summary.getTranslation(
                                        "event.format." + event.getFormat().name())));
        if (event.getDescription() != null) {
            summary.add(new Paragraph(event.getDescription()));
        }
        for (EventPart part : event.getParts()) {
            Div row = new Div();
            row.addClassName("approval-part");
            row.add(new Paragraph(
                    event.sessionLine(part) + " · " + summary.getTranslation("event.seatsOf", part.getCapacity())));
            row.add(new Paragraph(summary.getTranslation("event.part.audiences") + ": "
                    + part.getAudiences().stream()
                            .map(audience -> summary.getTranslation("audience." + audience.name()))
                            .sorted()
                            .collect(Collectors.joining(", "))));
            Paragraph programme = new Paragraph(
                    part.getDescription() != null
                            ? part.getDescription()
                            : summary.getTranslation(
                                    programmeFollows ? "event.approve.programmeFollows" : "event.approve.noProgramme"));
            programme.addClassName("approval-programme");
            programme.getStyle().set("white-space", "pre-line");
            row.add(programme);
            summary.add(row);
        }
        summary.add(new Paragraph(summary.getTranslation("event.field.deadline") + ": "
                + Formats.dateTime(event.getRegistrationDeadline())));
        summary.add(new Paragraph(summary.getTranslation("event.field.contactName") + ": " + event.getContactName()
                + " · " + event.getContactEmail()));
        return summary;
    }
}

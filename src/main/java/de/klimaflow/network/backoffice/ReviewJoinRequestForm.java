package de.klimaflow.network.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.network.NetworkJoin;
import de.klimaflow.network.process.NetworkJoinFlow;
import de.klimaflow.network.process.NetworkJoinProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** Form of "Beitrittsanfrage prüfen": who asks, since when, and the advisor's decision. */
@Component
class ReviewJoinRequestForm extends SimpleTaskForm {

    private final NetworkJoin joins;
    private final NetworkJoinFlow tasks;

    ReviewJoinRequestForm(NetworkJoin joins, NetworkJoinFlow tasks) {
        super(NetworkJoinProcess.FORM_REVIEW_JOIN_REQUEST);
        this.joins = joins;
        this.tasks = tasks;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long id = businessId(task);
        NetworkJoin.JoinRequestView request = joins.find(id).orElseThrow();
        Div facts = new Div(
                new Paragraph(layout.getTranslation(
                        "join.review.who",
                        request.name(),
                        request.email(),
                        request.municipality(),
                        Formats.date(request.since()))),
                new Paragraph(layout.getTranslation(
                        request.publicListing() ? "join.review.listed" : "join.review.notListed")));
        if (request.message() != null) {
            Paragraph message = new Paragraph(request.message());
            message.getStyle().set("white-space", "pre-line");
            message.addClassName("join-message");
            facts.add(message);
        }
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(layout.getTranslation("join.review.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(
                yes -> layout.getTranslation(yes ? "join.review.accept" : "join.review.decline"));
        decision.setRequiredIndicatorVisible(true);
        decision.addClassName("join-decision");
        TextArea reason = new TextArea(layout.getTranslation("join.review.reason"));
        reason.setHelperText(layout.getTranslation("join.review.reason.help"));
        reason.setMaxLength(NetworkJoin.MAX_REASON);
        reason.setWidthFull();
        reason.addClassName("join-reason");
        layout.add(new Paragraph(layout.getTranslation("join.review.hint")), facts, decision, reason);
        return () -> {
            if (FieldErrors.refuseIf(layout, decision, decision.getValue() == null, "case.error.required")) {
                return false;
            }
            boolean declined = !decision.getValue();
            if (FieldErrors.refuseIf(
                    layout, reason, declined && reason.getValue().isBlank(), "join.review.reason.required")) {
                return false;
            }
            tasks.decideJoinRequest(task.id(), id, decision.getValue(), reason.getValue());
            return true;
        };
    }
}

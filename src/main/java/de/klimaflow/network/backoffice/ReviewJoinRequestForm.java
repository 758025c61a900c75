package de.klimaflow.network.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.network.NetworkJoin;
import de.klimaflow.network.process.NetworkJoinFlow;
import de.klimaflow.network.process.NetworkJoinProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;

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
        DecisionWithReason decision = new DecisionWithReason(layout, "join.review", "join", NetworkJoin.MAX_REASON);
        layout.add(new Paragraph(layout.getTranslation("join.review.hint")), facts);
        layout.add(decision.fields());
        return () -> {
            Boolean accepted = decision.decided();
            if (accepted == null) {
                return false;
            }
            tasks.decideJoinRequest(task.id(), id, accepted, decision.reason());
            return true;
        };
    }
}

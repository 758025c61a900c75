package de.klimaflow.network.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.network.Contributions;
import de.klimaflow.network.process.NetworkContributionFlow;
import de.klimaflow.network.process.NetworkContributionProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;

/** Form of "Beitrag prüfen": the member's project, and the event team's decision with the reason it mails. */
@Component
class ReviewContributionForm extends SimpleTaskForm {

    private final Contributions contributions;
    private final NetworkContributionFlow flow;

    ReviewContributionForm(Contributions contributions, NetworkContributionFlow flow) {
        super(NetworkContributionProcess.FORM_REVIEW_CONTRIBUTION);
        this.contributions = contributions;
        this.flow = flow;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long id = businessId(task);
        Contributions.ContributionView contribution = contributions.find(id).orElseThrow();
        Paragraph summary = new Paragraph(String.valueOf(contribution.summary()));
        summary.getStyle().set("white-space", "pre-line");
        summary.addClassName("contribution-summary");
        Div facts = new Div(
                new Paragraph(layout.getTranslation(
                        "contribution.review.who",
                        contribution.name(),
                        contribution.municipality(),
                        contribution.proposedAt() == null ? "" : Formats.dateTime(contribution.proposedAt()))),
                new H4(String.valueOf(contribution.title())),
                summary);
        DecisionWithReason decision =
                new DecisionWithReason(layout, "contribution.review", "contribution", Contributions.MAX_REASON);
        layout.add(new Paragraph(layout.getTranslation("contribution.review.hint")), facts);
        layout.add(decision.fields());
        return () -> {
            Boolean accepted = decision.decided();
            if (accepted == null) {
                return false;
            }
            flow.decide(task.id(), id, accepted, decision.reason());
            return true;
        };
    }
}

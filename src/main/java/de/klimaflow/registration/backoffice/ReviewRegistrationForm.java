package de.klimaflow.registration.backoffice;

import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.process.RegistrationFlow;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** Form of "Anmeldung prüfen": the desk sees who registered for what, and approves, waitlists or rejects with a reason. */
@Component
class ReviewRegistrationForm extends SimpleTaskForm {

    private final RegistrationService registrations;
    private final RegistrationFlow review;
    private final EventService events;

    ReviewRegistrationForm(RegistrationService registrations, RegistrationFlow review, EventService events) {
        super(RegistrationProcess.FORM_REVIEW);
        this.registrations = registrations;
        this.review = review;
        this.events = events;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        RegistrationView registration = registrations.find(businessId(task)).orElseThrow();
        EventOverview event = events.overviewOf(registration.eventId()).orElseThrow();
        Div summary = new Div();
        summary.addClassName("registration-summary");
        // every value is set as text: a name with HTML in it shows as what it is
        summary.add(
                new Paragraph(event.title()),
                new Paragraph(registration.name() + " <" + registration.email() + ">"),
                new Paragraph(layout.getTranslation(
                                "registration.role." + registration.role().name())
                        + (registration.organisation() == null ? "" : " · " + registration.organisation())),
                new Paragraph(layout.getTranslation("registration.parts") + ": "
                        + event.parts().stream()
                                .filter(part -> registration.parts().stream().anyMatch(p -> p.partId() == part.id()))
                                .map(part -> part.title() + " ("
                                        + layout.getTranslation("public.seatsLeft", part.seatsLeft(), part.capacity())
                                        + ")")
                                .collect(Collectors.joining(", "))));
        NeedsParagraphs.of(registration, layout).forEach(summary::add);
        review.reviewReason(registration.id()).ifPresent(why -> {
            Paragraph because = new Paragraph(layout.getTranslation("registration.review.why", why));
            because.addClassName("review-why");
            summary.addComponentAsFirst(because);
        });
        RadioButtonGroup<RegistrationFlow.Decision> decision = new RadioButtonGroup<>();
        decision.setLabel(layout.getTranslation("registration.review.decision"));
        decision.setItems(RegistrationFlow.Decision.values());
        decision.setItemLabelGenerator(d -> layout.getTranslation("registration.review." + d.name()));
        decision.setRequired(true);
        decision.addClassName("review-decision");
        TextArea reason = new TextArea(layout.getTranslation("registration.review.reason"));
        reason.setMaxLength(RegistrationFlow.MAX_REASON);
        reason.setWidthFull();
        reason.addClassName("review-reason");
        layout.add(summary, decision, reason);
        return () -> {
            if (FieldErrors.refuseIf(
                    layout, decision, decision.getValue() == null, "registration.review.decisionRequired")) {
                return false;
            }
            boolean rejectedWithoutReason = decision.getValue() == RegistrationFlow.Decision.REJECT
                    && reason.getValue().isBlank();
            if (FieldErrors.refuseIf(layout, reason, rejectedWithoutReason, "registration.review.reasonRequired")) {
                return false;
            }
            review.decide(task.id(), registration.id(), decision.getValue(), reason.getValue());
            return true;
        };
    }
}

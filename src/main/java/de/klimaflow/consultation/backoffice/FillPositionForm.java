package de.klimaflow.consultation.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.NewManager;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/**
 * Form of "Stellenbesetzung erfassen": who the new manager is. Completing it enters them in the
 * network's directory and invites them to the next network meeting.
 */
@Component
class FillPositionForm extends SimpleTaskForm {

    private final CaseQueries cases;
    private final ConsultationFlow consultations;

    FillPositionForm(CaseQueries cases, ConsultationFlow consultations) {
        super(ConsultationProcess.FORM_FILL_POSITION);
        this.cases = cases;
        this.consultations = consultations;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long caseId = businessId(task);
        TextField name = new TextField(layout.getTranslation("case.manager.name"));
        name.setRequiredIndicatorVisible(true);
        name.addClassName("manager-name");
        EmailField email = new EmailField(layout.getTranslation("case.manager.email"));
        email.setRequiredIndicatorVisible(true);
        email.addClassName("manager-email");
        DatePicker since = new DatePicker(layout.getTranslation("case.manager.since"));
        DatePickers.german(since);
        since.setRequiredIndicatorVisible(true);
        since.addClassName("manager-since");
        Checkbox listing = new Checkbox(layout.getTranslation("case.manager.publicListing"));
        listing.addClassName("manager-public-listing");
        layout.add(
                new CaseHeader(cases.details(caseId).orElseThrow()),
                new Paragraph(layout.getTranslation("case.manager.hint")),
                new FormLayout(name, email, since),
                listing);
        return () -> {
            FieldErrors.refuseIf(
                    layout, name, name.getValue().isBlank() || name.getValue().length() > 200, "case.error.required");
            FieldErrors.refuseIf(
                    layout, email, !MailAddresses.isValid(email.getValue().strip()), "case.error.email");
            FieldErrors.refuseIf(layout, since, since.getValue() == null, "case.error.required");
            if (name.isInvalid() || email.isInvalid() || since.isInvalid()) {
                return false;
            }
            consultations.completeFillPosition(
                    task.id(),
                    caseId,
                    new NewManager(name.getValue(), email.getValue(), since.getValue(), listing.getValue()));
            return true;
        };
    }
}

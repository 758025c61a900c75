package de.klimaflow.consultation.backoffice;

import java.time.Clock;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** Form of "Antrag begleiten": done when the municipality has submitted its application. */
@Component
class SupportApplicationForm extends SimpleTaskForm {

    private final CaseQueries cases;
    private final ConsultationFlow consultations;
    private final Clock clock;

    SupportApplicationForm(CaseQueries cases, ConsultationFlow consultations, Clock clock) {
        super(ConsultationProcess.FORM_SUPPORT_APPLICATION);
        this.cases = cases;
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long caseId = businessId(task);
        DatePicker submitted = new DatePicker(layout.getTranslation("case.application.submitted"));
        DatePickers.german(submitted);
        submitted.setRequiredIndicatorVisible(true);
        submitted.setMax(Formats.today(clock));
        submitted.addClassName("application-submitted");
        TextArea note = new TextArea(layout.getTranslation("case.field.note"));
        note.setMaxLength(ConsultationService.MAX_NOTE);
        note.setWidthFull();
        layout.add(
                new CaseHeader(cases.details(caseId).orElseThrow()),
                new Paragraph(layout.getTranslation("case.application.hint")),
                submitted,
                note);
        return () -> {
            if (FieldErrors.refuseIf(
                    layout,
                    submitted,
                    submitted.getValue() == null || submitted.isInvalid(),
                    "case.application.required")) {
                return false;
            }
            consultations.completeApplication(task.id(), caseId, submitted.getValue(), note.getValue());
            return true;
        };
    }
}

package de.klimaflow.consultation.backoffice;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** A consultation step whose result is one required text: the case, a hint, the text, then the step's action. */
abstract class NoteStepForm extends SimpleTaskForm {

    /** What the step does with the text once it is valid. */
    interface Completion {
        void complete(String taskId, long caseId, String text);
    }

    private final CaseQueries cases;
    private final String prefix;
    private final Completion completion;

    NoteStepForm(String formKey, String prefix, CaseQueries cases, Completion completion) {
        super(formKey);
        this.prefix = prefix;
        this.cases = cases;
        this.completion = completion;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long caseId = businessId(task);
        TextArea text = new TextArea(layout.getTranslation(prefix + ".text"));
        text.setRequired(true);
        text.setMaxLength(ConsultationService.MAX_NOTE);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.addClassName("step-text");
        layout.add(
                new CaseHeader(cases.details(caseId).orElseThrow()),
                new Paragraph(layout.getTranslation(prefix + ".hint")),
                text);
        return () -> {
            if (FieldErrors.refuseIf(layout, text, text.getValue().isBlank(), "case.error.required")) {
                return false;
            }
            completion.complete(task.id(), caseId, text.getValue());
            return true;
        };
    }
}

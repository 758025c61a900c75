package de.klimaflow.accessibility.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.accessibility.BarrierReports;
import de.klimaflow.accessibility.process.AccessibilityFeedbackFlow;
import de.klimaflow.accessibility.process.AccessibilityFeedbackProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/** Form of "Meldung beantworten": the report, the date the answer is owed, and the answer that is mailed. */
@Component
class AnswerBarrierReportForm extends SimpleTaskForm {

    private final BarrierReports reports;
    private final AccessibilityFeedbackFlow flow;

    AnswerBarrierReportForm(BarrierReports reports, AccessibilityFeedbackFlow flow) {
        super(AccessibilityFeedbackProcess.FORM_ANSWER_REPORT);
        this.reports = reports;
        this.flow = flow;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long id = businessId(task);
        BarrierReports.ReportView report = reports.find(id).orElseThrow();
        layout.add(new Paragraph(layout.getTranslation(
                "barrier.answer.received", Formats.dateTime(report.receivedAt()), Formats.date(report.replyDueAt()))));
        if (report.page() != null) {
            layout.add(new Paragraph(layout.getTranslation("barrier.answer.page", report.page())));
        }
        Paragraph description = new Paragraph(report.description());
        description.getStyle().set("white-space", "pre-line");
        description.addClassName("barrier-description");
        TextArea reply = new TextArea(layout.getTranslation("barrier.answer.reply"));
        reply.setHelperText(layout.getTranslation("barrier.answer.reply.help"));
        reply.setMaxLength(BarrierReports.MAX_REPLY);
        reply.setRequired(true);
        reply.setWidthFull();
        reply.addClassName("barrier-reply");
        layout.add(description, reply);
        return () -> {
            if (FieldErrors.refuseIf(layout, reply, reply.getValue().isBlank(), "case.error.required")) {
                return false;
            }
            flow.answer(task.id(), id, reply.getValue());
            return true;
        };
    }
}

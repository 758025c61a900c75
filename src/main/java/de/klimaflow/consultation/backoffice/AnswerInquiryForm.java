package de.klimaflow.consultation.backoffice;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.tasks.backoffice.TaskForm;
import de.klimaflow.tasks.backoffice.TaskFormFactory;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.platform.Formats;
import de.klimaflow.consultation.process.InquiryProcess;
import de.klimaflow.consultation.InquiryService;
import de.klimaflow.notification.RenderedMail;
import de.klimaflow.consultation.InquiryDetails;

/** Form of "Anfrage beantworten": shows the question, takes the answer. */
@Component
public class AnswerInquiryForm implements TaskFormFactory {

    private final InquiryService inquiries;

    public AnswerInquiryForm(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public String formKey() {
        return InquiryProcess.FORM_ANSWER;
    }

    @Override
    public TaskForm create(TaskRow task) {
        long inquiryId = Long.parseLong(task.businessKey());
        InquiryDetails inquiry = inquiries.find(inquiryId)
                .orElseThrow(() -> new IllegalStateException("task " + task.id() + " has no inquiry " + inquiryId));
        return new Form(task, inquiry);
    }

    private final class Form implements TaskForm {
        private final TaskRow task;
        private final InquiryDetails inquiry;
        private final VerticalLayout layout = new VerticalLayout();
        private final TextArea answer = new TextArea();
        private final Pre preview = new Pre();

        Form(TaskRow task, InquiryDetails inquiry) {
            this.task = task;
            this.inquiry = inquiry;
            layout.setPadding(false);
            layout.add(line("inquiry.municipality", inquiry.municipality()),
                    line("inquiry.contact", inquiry.contactName() + " <" + inquiry.contactEmail() + ">"),
                    line("inquiry.received", Formats.dateTime(inquiry.receivedAt())));
            Paragraph question = new Paragraph(inquiry.question());
            question.addClassName("inquiry-question");
            answer.setLabel(layout.getTranslation("inquiry.answer"));
            answer.setRequired(true);
            answer.setMaxLength(InquiryService.MAX_ANSWER_LENGTH);
            answer.setWidthFull();
            answer.setMinHeight("10rem");
            answer.addClassName("inquiry-answer");
            answer.setHelperText(layout.getTranslation("inquiry.answer.help"));
            preview.addClassName("inquiry-preview");
            preview.setVisible(false);
            preview.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("padding", "var(--lumo-space-m)");
            Button showPreview = new Button(layout.getTranslation("inquiry.answer.preview"), click -> {
                // the whole mail, with the template's greeting and closing around the advisor's text
                RenderedMail mail = inquiries.previewAnswer(inquiry.id(), answer.getValue());
                preview.setText(layout.getTranslation("inquiry.answer.previewSubject", mail.subject()) + "\n\n" + mail.text());
                preview.setVisible(true);
            });
            showPreview.addClassName("inquiry-show-preview");
            layout.add(question, answer, showPreview, preview);
        }

        private Div line(String labelKey, String value) {
            return new Div(new Span(layout.getTranslation(labelKey) + ": "), new Span(value));
        }

        @Override
        public com.vaadin.flow.component.Component component() {
            return layout;
        }

        @Override
        public boolean submit() {
            String text = answer.getValue();
            if (text == null || text.isBlank()) {
                answer.setInvalid(true);
                answer.setErrorMessage(layout.getTranslation("inquiry.answer.required"));
                return false;
            }
            inquiries.answer(task.id(), inquiry.id(), text);
            return true;
        }
    }
}

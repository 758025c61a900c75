package de.klimaflow.notification.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.notification.MailSummary;
import de.klimaflow.platform.Formats;

/** The mails of one case, newest first, each with its state and its text to read. */
public class MailLogPanel extends Composite<VerticalLayout> {

    public MailLogPanel(List<MailSummary> mails) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("mail-log");
        layout.add(new H3(getTranslation("mail.log.title")));
        if (mails.isEmpty()) {
            layout.add(new Paragraph(getTranslation("mail.log.empty")));
            return;
        }
        for (MailSummary mail : mails) {
            layout.add(entry(this, mail));
        }
    }

    /** One mail as a collapsible entry: summary line, then state, error and the text itself. */
    static Details entry(com.vaadin.flow.component.Component i18n, MailSummary mail) {
        Span summary =
                new Span(Formats.dateTime(mail.createdAt()) + " · " + mail.recipientEmail() + " · " + mail.subject());
        Div body = new Div();
        body.add(
                new Paragraph(i18n.getTranslation("mail.status." + mail.status().name()) + " · "
                        + i18n.getTranslation("mail.attempts", mail.attempts())
                        + (mail.sentAt() == null ? "" : " · " + Formats.dateTime(mail.sentAt()))
                        + (mail.deliveredVia() == null ? "" : " · " + mail.deliveredVia())));
        if (mail.lastError() != null) {
            Paragraph error = new Paragraph(mail.lastError());
            error.addClassName("mail-error");
            body.add(error);
        }
        if (mail.attachmentNames() != null) {
            body.add(new Paragraph(i18n.getTranslation("mail.attachments", mail.attachmentNames())));
        }
        Pre text = new Pre(mail.textBody());
        text.addClassName("mail-text");
        body.add(text);
        Details details = new Details(summary, body);
        details.addClassName("mail-entry");
        details.addClassName("mail-" + mail.status().name().toLowerCase());
        return details;
    }
}

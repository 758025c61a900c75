package de.klimaflow.consultation.process;

import java.util.List;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.consultation.InquiryService;
import de.klimaflow.consultation.InquiryAnswerMail;
import de.klimaflow.consultation.InquiryDetails;

/** The mails of the inquiry process: the advisor's answer to the municipality. */
@Component
class InquiryMails implements MailComposer {

    static final String RELATED_TYPE = InquiryAnswerMail.RELATED_TYPE;

    private final InquiryService inquiries;
    private final UserDirectory users;

    InquiryMails(InquiryService inquiries, UserDirectory users) {
        this.inquiries = inquiries;
        this.users = users;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return InquiryProcess.PROCESS_KEY.equals(processDefinitionKey) && InquiryProcess.MAIL_ANSWER.equals(kind);
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        InquiryDetails inquiry = inquiries.find(Long.parseLong(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no inquiry " + context.businessKey()));
        String advisor = inquiry.answeredBy() == null ? "" : users.displayName(inquiry.answeredBy());
        return List.of(InquiryAnswerMail.of(inquiry, inquiry.answer(), advisor));
    }
}

package de.klimaflow.consultation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.security.UserDirectory;

/** The mails of the inquiry process: the advisor's answer to the municipality. */
@Component
class InquiryMails implements MailComposer {

    static final String RELATED_TYPE = "inquiry";

    private final InquiryRepository inquiries;
    private final UserDirectory users;

    InquiryMails(InquiryRepository inquiries, UserDirectory users) {
        this.inquiries = inquiries;
        this.users = users;
    }

    @Override
    public String processDefinitionKey() {
        return InquiryProcess.PROCESS_KEY;
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        if (!MailKinds.INQUIRY_ANSWER.equals(kind)) {
            throw new IllegalArgumentException("the inquiry process sends no mail '" + kind + "'");
        }
        Inquiry inquiry = inquiries.findById(Long.valueOf(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no inquiry " + context.businessKey()));
        String advisor = inquiry.getAnsweredBy() == null ? "" : users.displayName(inquiry.getAnsweredBy());
        return List.of(new MailRequest(kind,
                new Recipient(inquiry.getContactName(), inquiry.getContactEmail(), Locale.GERMAN),
                Map.of("question", inquiry.getQuestion(), "answer", inquiry.getAnswer(), "advisorName", advisor),
                null, RELATED_TYPE, inquiry.getId().toString()));
    }
}

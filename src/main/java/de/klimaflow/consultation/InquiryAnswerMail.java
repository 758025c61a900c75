package de.klimaflow.consultation;

import java.util.Locale;
import java.util.Map;

import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;

/** The answer mail to an inquiry, the same for the process that sends it and for the advisor's preview. */
public final class InquiryAnswerMail {

    public static final String RELATED_TYPE = "inquiry";

    public static MailRequest of(InquiryDetails inquiry, String answer, String advisorName) {
        return new MailRequest(MailKinds.INQUIRY_ANSWER, new Recipient(inquiry.contactName(), inquiry.contactEmail(), Locale.GERMAN),
                Map.of("question", inquiry.question(), "answer", answer, "advisorName", advisorName), null, RELATED_TYPE,
                Long.toString(inquiry.id()));
    }

    private InquiryAnswerMail() {
    }
}

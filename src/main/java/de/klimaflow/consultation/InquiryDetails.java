package de.klimaflow.consultation;

import java.time.Instant;

/** An inquiry as forms and lists show it. */
public record InquiryDetails(long id, String municipality, String contactName, String contactEmail, String question,
        Instant receivedAt, String answer, String answeredBy, Instant answeredAt) {

    static InquiryDetails of(Inquiry inquiry) {
        return new InquiryDetails(inquiry.getId(), inquiry.getMunicipality(), inquiry.getContactName(),
                inquiry.getContactEmail(), inquiry.getQuestion(), inquiry.getReceivedAt(), inquiry.getAnswer(),
                inquiry.getAnsweredBy(), inquiry.getAnsweredAt());
    }

    public String label() {
        return "#" + id + " · " + municipality;
    }
}

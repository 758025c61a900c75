package de.klimaflow.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question a municipality put to the agency. The process instance carries its id as business key. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String municipality;
    private String contactName;
    private String contactEmail;
    private String question;
    private Instant receivedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private long version;

    protected Inquiry() {
    }

    Inquiry(String municipality, String contactName, String contactEmail, String question, Instant receivedAt) {
        this.municipality = municipality;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.question = question;
        this.receivedAt = receivedAt;
    }

    void answer(String text, String userId, Instant when) {
        this.answer = text;
        this.answeredBy = userId;
        this.answeredAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

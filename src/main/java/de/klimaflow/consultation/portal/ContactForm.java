package de.klimaflow.consultation.portal;

import org.jspecify.annotations.Nullable;

import de.klimaflow.security.PublicForm;

/** What the public contact form posts, as typed; the controller checks every field. */
public class ContactForm extends PublicForm {

    private @Nullable String municipality;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String question;

    public @Nullable String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = municipality;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getQuestion() {
        return question;
    }

    public void setQuestion(@Nullable String question) {
        this.question = question;
    }
}

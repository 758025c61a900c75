package de.klimaflow.consultation.portal;

import org.jspecify.annotations.Nullable;

/** What the public contact form posts, as typed; the controller checks every field. */
public class ContactForm {

    private @Nullable String municipality;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String question;
    private boolean privacyConsent;
    /** the honeypot: hidden from people, filled in by bots */
    private @Nullable String website;
    private @Nullable String stamp;

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

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getStamp() {
        return stamp;
    }

    public void setStamp(@Nullable String stamp) {
        this.stamp = stamp;
    }
}

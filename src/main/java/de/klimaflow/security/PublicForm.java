package de.klimaflow.security;

import org.jspecify.annotations.Nullable;

/**
 * What every public form posts besides its own fields: the consent to the privacy notice, the honeypot
 * (hidden from people, filled in by bots) and the signed stamp of when the form was shown.
 */
public abstract class PublicForm {

    private boolean privacyConsent;
    private @Nullable String website;
    private @Nullable String stamp;

    public boolean honeypotFilled() {
        return website != null && !website.isEmpty();
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

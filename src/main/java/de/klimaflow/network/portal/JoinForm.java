package de.klimaflow.network.portal;

import org.jspecify.annotations.Nullable;

/** What the public "join the network" form posts, as typed; the controller checks every field. */
public class JoinForm {

    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String municipality;
    private @Nullable String since;
    private @Nullable String message;
    private boolean publicListing;
    private boolean privacyConsent;
    private @Nullable String website;
    private @Nullable String stamp;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = municipality;
    }

    public @Nullable String getSince() {
        return since;
    }

    public void setSince(@Nullable String since) {
        this.since = since;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public void setMessage(@Nullable String message) {
        this.message = message;
    }

    public boolean isPublicListing() {
        return publicListing;
    }

    public void setPublicListing(boolean publicListing) {
        this.publicListing = publicListing;
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

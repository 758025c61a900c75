package de.klimaflow.network.portal;

import org.jspecify.annotations.Nullable;

import de.klimaflow.security.PublicForm;

/** What the public "join the network" form posts, as typed; the controller checks every field. */
public class JoinForm extends PublicForm {

    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String municipality;
    private @Nullable String since;
    private @Nullable String message;
    private boolean publicListing;

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
}

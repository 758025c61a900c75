package de.klimaflow.accessibility.portal;

import org.jspecify.annotations.Nullable;

import de.klimaflow.security.PublicForm;

/** What the form "Barriere melden" posts, as typed. */
public class BarrierReportForm extends PublicForm {

    private @Nullable String page;
    private @Nullable String description;
    private @Nullable String name;
    private @Nullable String email;

    public @Nullable String getPage() {
        return page;
    }

    public void setPage(@Nullable String page) {
        this.page = page;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

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
}

package de.klimaflow.network.portal;

import org.jspecify.annotations.Nullable;

import de.klimaflow.security.PublicForm;

/** What a member's proposal form posts, as typed; the controller checks every field. */
public class ContributionForm extends PublicForm {

    private @Nullable String title;
    private @Nullable String summary;

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }
}

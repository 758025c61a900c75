package de.klimaflow.registration;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a person needs at the event: catering notes, which the caterer gets counted and without names, and what they
 * need to take part at all, which the venue gets with their name only if they agreed (it may say something about
 * their health).
 */
@Embeddable
public class ParticipationNeeds {

    @Column(name = "needs")
    private @Nullable String catering;

    private @Nullable String accessibility;
    private boolean accessibilityToVenue;

    protected ParticipationNeeds() {}

    ParticipationNeeds(NewRegistration person) {
        this.catering = person.needs();
        this.accessibility = person.accessibility();
        this.accessibilityToVenue = person.accessibilityToVenue();
    }

    void erase() {
        catering = null;
        accessibility = null;
        accessibilityToVenue = false;
    }

    public @Nullable String catering() {
        return catering;
    }

    public @Nullable String accessibility() {
        return accessibility;
    }

    /** The person agreed that the venue gets {@link #accessibility()} with their name. */
    public boolean accessibilityToVenue() {
        return accessibilityToVenue;
    }
}

package de.klimaflow.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.MailAddresses;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person who speaks at an agenda item: a role of its own, with its own confirmation and reminder, and no
 * participant's seat.
 */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;

    private int position;
    private String name;
    private @Nullable String organisation;
    private String email;
    /** set while the speaker's confirmation has not been queued yet */
    private boolean confirmationPending;

    private @Nullable Instant confirmedAt;

    protected Speaker() {}

    Speaker(AgendaItem item, int position, AgendaDraft.SpeakerDraft draft) {
        this.item = item;
        this.confirmationPending = true;
        this.name = MailAddresses.oneLine(draft.name());
        this.email = draft.email().strip();
        take(position, draft);
    }

    void take(int position, AgendaDraft.SpeakerDraft draft) {
        this.position = position;
        this.name = MailAddresses.oneLine(draft.name());
        String org = draft.organisation() == null ? "" : MailAddresses.oneLine(draft.organisation());
        this.organisation = org.isEmpty() ? null : org;
        this.email = draft.email().strip();
    }

    boolean isAddressedAs(String address) {
        return email.equalsIgnoreCase(address.strip());
    }

    /** The confirmation is queued in the transaction that calls this; a rollback leaves it pending. */
    void confirmationQueued(Instant at) {
        confirmationPending = false;
        confirmedAt = at;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public boolean isConfirmationPending() {
        return confirmationPending;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }
}

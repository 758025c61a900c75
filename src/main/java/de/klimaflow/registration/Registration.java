package de.klimaflow.registration;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import de.klimaflow.events.ParticipantRole;

/** One person's registration for parts of an event. The event is referenced by id: features stay apart. */
@Entity
@Table(name = "registration")
public class Registration {

    static final String ANONYMOUS = "anonymisiert";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long eventId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registration_part", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "event_part_id")
    private Set<Long> partIds = new HashSet<>();
    private String name;
    private String email;
    private String organisation;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    private String language;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private boolean attended;
    private String cancelToken;
    private Instant createdAt;
    private Instant anonymisedAt;
    @Version
    private long version;

    protected Registration() {
    }

    Registration(long eventId, Set<Long> partIds, String name, String email, String organisation, ParticipantRole role,
            String language, RegistrationStatus status, String cancelToken, Instant now) {
        this.eventId = eventId;
        this.partIds.addAll(partIds);
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.role = role;
        this.language = language;
        this.status = status;
        this.cancelToken = cancelToken;
        this.createdAt = now;
    }

    void endBecauseEventCancelled() {
        if (status.isActive()) {
            status = RegistrationStatus.EVENT_CANCELLED;
        }
    }

    void markAttended(boolean present) {
        this.attended = present;
    }

    /** Keeps the counts for statistics, removes everything that identifies the person. */
    void anonymise(Instant now) {
        name = ANONYMOUS;
        email = ANONYMOUS + "-" + id + "@anonymisiert.invalid";
        organisation = null;
        anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Set<Long> getPartIds() {
        return Set.copyOf(partIds);
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public boolean isAttended() {
        return attended;
    }

    public String getCancelToken() {
        return cancelToken;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }
}

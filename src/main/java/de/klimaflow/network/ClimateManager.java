package de.klimaflow.network;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A climate-protection manager of the state, in the network's directory. */
@Entity
@Table(name = "climate_manager")
class ClimateManager {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String email;
    private @Nullable Long municipalityId;
    private String municipality;
    private @Nullable String district;
    private LocalDate since;
    private @Nullable String fundedBy;
    private boolean networkMember;
    private boolean publicListing;
    private @Nullable Instant consentAt;
    private @Nullable Long caseId;
    private boolean contactConsent;
    private @Nullable Instant contactConsentAt;

    @Version
    private long version;

    protected ClimateManager() {}

    ClimateManager(
            String email,
            String name,
            @Nullable Long municipalityId,
            String municipality,
            @Nullable String district,
            LocalDate since,
            @Nullable String fundedBy,
            @Nullable Long caseId) {
        this.email = email;
        apply(name, municipalityId, municipality, district, since, fundedBy, caseId);
    }

    void describe(
            String name,
            @Nullable Long municipalityId,
            String municipality,
            @Nullable String district,
            LocalDate since,
            @Nullable String fundedBy,
            @Nullable Long caseId) {
        apply(name, municipalityId, municipality, district, since, fundedBy, caseId);
    }

    private void apply(
            String name,
            @Nullable Long municipalityId,
            String municipality,
            @Nullable String district,
            LocalDate since,
            @Nullable String fundedBy,
            @Nullable Long caseId) {
        this.name = name;
        this.municipalityId = municipalityId;
        this.municipality = municipality;
        this.district = district;
        this.since = since;
        this.fundedBy = fundedBy == null ? this.fundedBy : fundedBy;
        this.caseId = caseId == null ? this.caseId : caseId;
    }

    void joinNetwork() {
        this.networkMember = true;
    }

    /** Consent to the public listing, with its date; withdrawn, the entry leaves the public page at once. */
    void consent(boolean listed, Instant now) {
        this.publicListing = listed;
        this.consentAt = listed ? now : null;
    }

    /**
     * Consent to be put in touch with colleagues whose municipality sets up a position like theirs, with its date;
     * withdrawn, nobody is proposed or introduced to them any more.
     */
    void consentToContact(boolean agreed, Instant now) {
        this.contactConsent = agreed;
        this.contactConsentAt = agreed ? now : null;
    }

    NetworkDirectory.Entry toEntry() {
        return new NetworkDirectory.Entry(
                id,
                name,
                email,
                municipality,
                district,
                since,
                fundedBy,
                networkMember,
                publicListing,
                consentAt,
                contactConsent,
                contactConsentAt);
    }

    @Nullable
    Long getMunicipalityId() {
        return municipalityId;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    boolean isNetworkMember() {
        return networkMember;
    }
}

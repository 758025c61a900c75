package de.klimaflow.registration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That an address was erased on request (GDPR Art. 17), by whom and when. It keeps only the address's
 * SHA-256, so the agency can show that it erased an address someone names, without keeping the address.
 */
@Entity
@Table(name = "erasure_log")
public class ErasureLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String addressHash;
    private int registrations;

    protected ErasureLogEntry() {}

    ErasureLogEntry(Instant at, String actor, String addressHash, int registrations) {
        this.at = at;
        this.actor = actor;
        this.addressHash = addressHash;
        this.registrations = registrations;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public int getRegistrations() {
        return registrations;
    }
}

package de.klimaflow.privacy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That an address was erased on request (GDPR Art. 17), by whom and when, and how many things went. It keeps only a
 * keyed HMAC of the address: the agency can show that it erased an address someone names, and a copy of the database
 * alone does not tell whether a guessed address was there.
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
    private int items;

    protected ErasureLogEntry() {}

    ErasureLogEntry(Instant at, String actor, String addressHash, int items) {
        this.at = at;
        this.actor = actor;
        this.addressHash = addressHash;
        this.items = items;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public int getItems() {
        return items;
    }
}

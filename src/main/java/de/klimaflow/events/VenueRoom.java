package de.klimaflow.events;

import jakarta.persistence.Embeddable;

/** A room of a venue and how many people it seats. */
@Embeddable
public class VenueRoom {

    private String name;
    private int capacity;

    protected VenueRoom() {}

    VenueRoom(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }
}

package de.klimaflow.events;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where events take place, e.g. Burg Oschersleben. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String street;
    private String postalCode;
    private String city;
    private int capacity;

    protected Venue() {
    }

    Venue(String name, String street, String postalCode, String city, int capacity) {
        this.name = name;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public int getCapacity() {
        return capacity;
    }

    /** "Burg Oschersleben, An der Burg 1, 39387 Oschersleben" */
    public String address() {
        return name + ", " + street + ", " + postalCode + " " + city;
    }
}

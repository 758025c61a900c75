package de.klimaflow.regions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A planning region of the state, e.g. "Magdeburg"; its districts' municipalities are invited to its forums. */
@Entity
@Table(name = "planning_region")
public class PlanningRegion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;

    protected PlanningRegion() {
    }

    PlanningRegion(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}

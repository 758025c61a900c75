package de.klimaflow.regions;

import org.jspecify.annotations.Nullable;

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
    /** The advisor who takes new consultation cases from here (a user id); none: the whole group. */
    private @Nullable String advisor;

    protected PlanningRegion() {}

    PlanningRegion(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public @Nullable String getAdvisor() {
        return advisor;
    }

    void assignAdvisor(@Nullable String advisor) {
        this.advisor = advisor;
    }

    public String getName() {
        return name;
    }
}

package de.klimaflow.regions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A district (Landkreis) or a district-free city (kreisfreie Stadt) of a planning region. */
@Entity
@Table(name = "district")
public class District {

    public enum Kind {
        DISTRICT,
        CITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private PlanningRegion region;

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected District() {}

    District(PlanningRegion region, String name, Kind kind) {
        this.region = region;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public PlanningRegion getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }
}

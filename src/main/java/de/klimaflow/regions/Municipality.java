package de.klimaflow.regions;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A town or municipality with the contact that receives the agency's invitations. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    private String name;
    private String contactName;
    private String contactEmail;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private MunicipalityKind kind = MunicipalityKind.MUNICIPALITY;

    private String state = "Sachsen-Anhalt";
    private @Nullable Integer population;
    private @Nullable String contactPhone;

    protected Municipality() {}

    Municipality(District district, String name, String contactName, String contactEmail) {
        this.district = district;
        this.name = name;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public String getState() {
        return state;
    }

    public @Nullable Integer getPopulation() {
        return population;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    void describe(MunicipalityKind kind, @Nullable Integer population) {
        this.kind = kind;
        this.population = population;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}

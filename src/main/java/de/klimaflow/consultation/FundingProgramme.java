package de.klimaflow.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A programme that pays for (part of) a climate-protection manager position; the DMN names it by its code. */
@Entity
@Table(name = "funding_programme")
class FundingProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String funder;
    private int costShare;
    private int durationMonths;
    private String applyAt;
    private @Nullable String conditions;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private boolean example;

    @Version
    private long version;

    protected FundingProgramme() {}

    FundingProgramme(String code, FundingProgrammes.Programme values) {
        this.code = code;
        apply(values);
    }

    void update(FundingProgrammes.Programme values) {
        apply(values);
    }

    private void apply(FundingProgrammes.Programme values) {
        this.name = values.name().strip();
        this.funder = values.funder().strip();
        this.costShare = values.costShare();
        this.durationMonths = values.durationMonths();
        this.applyAt = values.applyAt().strip();
        this.conditions = values.conditions() == null || values.conditions().isBlank()
                ? null
                : values.conditions().strip();
        this.validFrom = values.validFrom();
        this.validTo = values.validTo();
        this.example = values.example();
    }

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    long getId() {
        return id;
    }

    FundingProgrammes.Programme toView() {
        return new FundingProgrammes.Programme(
                id, code, name, funder, costShare, durationMonths, applyAt, conditions, validFrom, validTo, example);
    }

    String getCode() {
        return code;
    }
}

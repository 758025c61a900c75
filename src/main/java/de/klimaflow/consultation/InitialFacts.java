package de.klimaflow.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import de.klimaflow.regions.MunicipalityKind;

/** What the initial consultation finds out; the funding decision table reads it. */
public record InitialFacts(
        @Nullable Long municipalityId,
        MunicipalityKind kind,
        int population,
        boolean hasConcept,
        boolean firstPosition,
        @Nullable LocalDate plannedStart,
        String note) {}

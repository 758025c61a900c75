package de.klimaflow.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the case page shows: a read model of one case. */
public record CaseDetails(
        long id,
        String municipality,
        @Nullable Long municipalityId,
        String contactName,
        String contactEmail,
        @Nullable String contactPhone,
        String question,
        Channel channel,
        Instant receivedAt,
        @Nullable String advisor,
        ConsultationStage stage,
        Instant stageSince,
        @Nullable String municipalityKind,
        @Nullable Integer population,
        @Nullable Boolean hasConcept,
        @Nullable Boolean firstPosition,
        @Nullable LocalDate plannedStart,
        List<String> proposedProgrammes,
        List<String> chosenProgrammes,
        List<String> trainings,
        @Nullable String decision,
        @Nullable LocalDate decisionAt,
        @Nullable String grant) {

    public String label() {
        return "#" + id + " · " + municipality;
    }

    static CaseDetails of(ConsultationCase c) {
        return new CaseDetails(
                c.getId(),
                c.getMunicipalityName(),
                c.getMunicipalityId(),
                c.getContactName(),
                c.getContactEmail(),
                c.getContactPhone(),
                c.getQuestion(),
                c.getChannel(),
                c.getReceivedAt(),
                c.getAdvisor(),
                c.getStage(),
                c.getStageSince(),
                c.getMunicipalityKind(),
                c.getPopulation(),
                c.getHasConcept(),
                c.getFirstPosition(),
                c.getPlannedStart(),
                c.proposedProgrammes(),
                c.chosenProgrammes(),
                c.trainings(),
                c.getDecision(),
                c.getDecisionAt(),
                c.getGrantSummary());
    }
}

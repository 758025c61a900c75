package de.klimaflow.consultation;

import java.util.List;

/** Where a case stands; the pipeline picture shows the open stages in this order. */
public enum ConsultationStage {
    NEW,
    CONSULTATION,
    PROPOSAL,
    APPLICATION,
    AWAITING_DECISION,
    FILLING_POSITION,
    ALTERNATIVES,
    FILLED,
    CLOSED_WITHOUT_FUNDING,
    WITHDRAWN,
    CLOSED;

    public static final List<ConsultationStage> OPEN =
            List.of(NEW, CONSULTATION, PROPOSAL, APPLICATION, AWAITING_DECISION, FILLING_POSITION, ALTERNATIVES);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

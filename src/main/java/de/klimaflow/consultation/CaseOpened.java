package de.klimaflow.consultation;

/** A case was stored; its consultation process starts in the same transaction. */
public record CaseOpened(long caseId) {}

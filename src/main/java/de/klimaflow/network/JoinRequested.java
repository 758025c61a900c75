package de.klimaflow.network;

/** A join request was stored; its review process starts in the same transaction. */
public record JoinRequested(long requestId) {}

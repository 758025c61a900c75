package de.klimaflow.privacy;

/** An erasure request was filed; its process starts in the same transaction. */
public record ErasureRequested(long requestId) {}

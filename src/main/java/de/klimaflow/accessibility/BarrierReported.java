package de.klimaflow.accessibility;

/** A report was stored: its process starts in the same transaction. */
public record BarrierReported(long reportId) {}

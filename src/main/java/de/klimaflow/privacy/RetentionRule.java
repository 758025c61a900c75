package de.klimaflow.privacy;

import java.time.Instant;

/**
 * One kind of personal data's retention, implemented by the feature that holds it: what is past its time, and its
 * anonymisation. The retention process (privacy-retention.bpmn) applies every rule once a day.
 */
public interface RetentionRule {

    /** The kind of data, as the bundle key of its category ({@link HeldData#category()}). */
    String category();

    /** How many things are past their retention at this moment. */
    long due(Instant now);

    /** Anonymises or blanks what is past its retention; returns how many things. */
    int apply(Instant now);
}

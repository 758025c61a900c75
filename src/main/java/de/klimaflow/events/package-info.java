/**
 * Events, their parts, venues and series: the domain, its rules and services, split by who uses them: the lifecycle
 * from draft to completion (EventService), venues (Venues), changes after publication (PublishedEventChanges),
 * check-in (CheckIns), the change log and the review snapshot (EventHistory), the parts' seats and registration terms
 * (PartSeats); exports, press releases and calendar files. Owns EventRegistrations and EventTypeRules, through which
 * the features above take part.
 */
@NullMarked
package de.klimaflow.events;

import org.jspecify.annotations.NullMarked;

/**
 * The management overview: reads every feature (events, registrations, consultations, tasks) and owns no data. The top
 * of the feature layers, so that no feature has to reach up for a picture of the whole.
 */
@NullMarked
package de.klimaflow.overview;

import org.jspecify.annotations.NullMarked;

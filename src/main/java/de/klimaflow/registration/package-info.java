/** Registrations for events: who holds or waits for a seat. Implements events' EventRegistrations. */
@NullMarked
package de.klimaflow.registration;

import org.jspecify.annotations.NullMarked;

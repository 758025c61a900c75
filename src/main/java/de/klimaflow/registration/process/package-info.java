/** The steps of the event-planning process that act on registrations. */
@NullMarked
package de.klimaflow.registration.process;

import org.jspecify.annotations.NullMarked;

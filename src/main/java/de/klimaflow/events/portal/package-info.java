/** The public calendar, event pages and iCalendar files. */
@NullMarked
package de.klimaflow.events.portal;

import org.jspecify.annotations.NullMarked;

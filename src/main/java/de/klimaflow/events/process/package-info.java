/** The event-planning process: its facade, delegates, mails and names. */
@NullMarked
package de.klimaflow.events.process;

import org.jspecify.annotations.NullMarked;

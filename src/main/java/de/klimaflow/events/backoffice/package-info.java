/** Staff views of events and the forms of the planning steps. */
@NullMarked
package de.klimaflow.events.backoffice;

import org.jspecify.annotations.NullMarked;

/** The public JSON API of events: what the agency's website lists, with seats left per part. */
@NullMarked
package de.klimaflow.events.api;

import org.jspecify.annotations.NullMarked;

/** Events, their parts, venues and series: the domain, its rules and services, exports and calendar files. */
@NullMarked
package de.klimaflow.events;

import org.jspecify.annotations.NullMarked;

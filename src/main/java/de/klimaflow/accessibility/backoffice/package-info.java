/** The staff's form that answers a report of a barrier. */
@NullMarked
package de.klimaflow.accessibility.backoffice;

import org.jspecify.annotations.NullMarked;

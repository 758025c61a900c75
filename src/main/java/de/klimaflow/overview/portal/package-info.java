/** The public start page: what the agency offers, the next events, and the way in for staff. */
@NullMarked
package de.klimaflow.overview.portal;

import org.jspecify.annotations.NullMarked;

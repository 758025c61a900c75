/** The management dashboard. */
@NullMarked
package de.klimaflow.overview.backoffice;

import org.jspecify.annotations.NullMarked;

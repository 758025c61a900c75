/** The accessibility statement and the public form to report a barrier. */
@NullMarked
package de.klimaflow.accessibility.portal;

import org.jspecify.annotations.NullMarked;

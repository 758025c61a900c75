/** The public contact form through which a municipality asks for advice. */
@NullMarked
package de.klimaflow.consultation.portal;

import org.jspecify.annotations.NullMarked;

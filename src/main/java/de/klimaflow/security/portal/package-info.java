/** The sign-in page, reachable anonymously. */
@NullMarked
package de.klimaflow.security.portal;

import org.jspecify.annotations.NullMarked;

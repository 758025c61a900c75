/** The network's portal face. */
@NullMarked
package de.klimaflow.network.portal;

import org.jspecify.annotations.NullMarked;

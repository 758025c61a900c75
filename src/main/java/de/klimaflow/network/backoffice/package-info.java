/** The network's backoffice face. */
@NullMarked
package de.klimaflow.network.backoffice;

import org.jspecify.annotations.NullMarked;

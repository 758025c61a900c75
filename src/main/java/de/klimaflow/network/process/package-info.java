/** The network's process face. */
@NullMarked
package de.klimaflow.network.process;

import org.jspecify.annotations.NullMarked;

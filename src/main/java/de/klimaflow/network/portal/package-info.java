/** The network's public pages: the directory of those who consented, and the form to ask to join. */
@NullMarked
package de.klimaflow.network.portal;

import org.jspecify.annotations.NullMarked;

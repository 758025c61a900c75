/** What every public JSON API shares: its path prefix and its RFC 9457 problem documents. */
@NullMarked
package de.klimaflow.platform.api;

import org.jspecify.annotations.NullMarked;

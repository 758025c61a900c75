/** What the engine needs beyond Camunda's own schema and defaults, for every process alike: an index, a named XML factory. */
@NullMarked
package de.klimaflow.platform.process;

import org.jspecify.annotations.NullMarked;

/** What the engine needs from the database beyond Camunda's own schema, for every process alike. */
@NullMarked
package de.klimaflow.platform.process;

import org.jspecify.annotations.NullMarked;

/** Master data: planning regions, districts and municipalities with their contacts. Uses no feature. */
@NullMarked
package de.klimaflow.regions;

import org.jspecify.annotations.NullMarked;

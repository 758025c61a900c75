/** What every feature shares: time zone and date formats, the agency settings, the clock, and the one place that builds URLs. */
@NullMarked
package de.klimaflow.platform;

import org.jspecify.annotations.NullMarked;

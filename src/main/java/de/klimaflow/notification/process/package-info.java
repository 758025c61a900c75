/** The generic send step of every process, and what turns failed sends into incidents. */
@NullMarked
package de.klimaflow.notification.process;

import org.jspecify.annotations.NullMarked;

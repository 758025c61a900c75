/** The staff's user tasks across all processes: listing, claiming, completing, comments, overdue reminders. */
@NullMarked
package de.klimaflow.tasks;

import org.jspecify.annotations.NullMarked;

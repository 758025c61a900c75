/**
 * The staff's user tasks across all processes: listing, claiming, completing, comments (WorkTaskService), the rows as
 * the list shows them (TaskRows), overdue tasks and their reminders (OverdueTasks), and the form registry.
 */
@NullMarked
package de.klimaflow.tasks;

import org.jspecify.annotations.NullMarked;

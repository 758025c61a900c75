/** The steps that every process shares for its user tasks: the overdue reminder and its mail. */
@NullMarked
package de.klimaflow.tasks.process;

import org.jspecify.annotations.NullMarked;

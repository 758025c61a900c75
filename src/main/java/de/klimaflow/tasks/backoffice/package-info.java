/** The task list, the task page, and the registry that finds a feature's form by its BPMN form key. */
@NullMarked
package de.klimaflow.tasks.backoffice;

import org.jspecify.annotations.NullMarked;

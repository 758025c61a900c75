package de.klimaflow.tasks.backoffice;

import de.klimaflow.tasks.TaskRow;

/**
 * Builds the Vaadin form for one BPMN {@code camunda:formKey}. Features register theirs as Spring beans;
 * {@link TaskFormRegistry} finds them.
 */
public interface TaskFormFactory {

    String formKey();

    TaskForm create(TaskRow task);
}

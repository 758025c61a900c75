package de.klimaflow.tasks.backoffice;

import com.vaadin.flow.component.Component;

/** The form of one user task, built fresh each time the task is opened. */
public interface TaskForm {

    Component component();

    /**
     * Validates the input; if valid, stores the step's business data and completes the task in one
     * transaction.
     *
     * @return true when the task was completed, false when the form shows validation messages
     */
    boolean submit();
}

package de.klimaflow.tasks;

/** The task does not exist (any more), or the current user may not work on it. */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(String taskId) {
        super("task " + taskId + " is not available to the current user");
    }
}

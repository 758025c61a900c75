package de.klimaflow.tasks;

/** One sort criterion of the task list, applied by the database. */
public record TaskSort(Property property, boolean ascending) {

    public enum Property {
        DUE,
        FOLLOW_UP,
        PRIORITY,
        CREATED,
        NAME
    }

    public static TaskSort asc(Property property) {
        return new TaskSort(property, true);
    }

    public static TaskSort desc(Property property) {
        return new TaskSort(property, false);
    }
}

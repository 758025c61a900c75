package de.klimaflow.tasks;

/** The task list's tabs. */
public enum TaskFilter {
    /** Assigned to me, plus unassigned tasks of my groups. */
    OPEN_FOR_ME,
    /** Assigned to me. */
    ASSIGNED_TO_ME,
    /** Unassigned tasks of my groups, waiting to be claimed. */
    MY_GROUPS
}

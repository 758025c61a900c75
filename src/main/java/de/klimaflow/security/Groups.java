package de.klimaflow.security;

import java.util.List;

/** The group ids of DESIGN.md §1. They live in Camunda's identity service and double as Spring roles. */
public final class Groups {

    public static final String EVENT_TEAM = "event-team";
    public static final String REGISTRATION_DESK = "registration-desk";
    public static final String ADVISORS = "advisors";
    public static final String MANAGEMENT = "management";
    /** Camunda's own operator group: Cockpit, Admin, REST API, metrics. */
    public static final String OPERATORS = "camunda-admin";

    /** Every group the application knows, in the order they are shown. */
    public static final List<String> ALL = List.of(EVENT_TEAM, REGISTRATION_DESK, ADVISORS, MANAGEMENT, OPERATORS);

    /** Spring Security authority of a group: {@code ROLE_<groupId>}, so {@code @RolesAllowed(groupId)} works. */
    public static String authority(String groupId) {
        return "ROLE_" + groupId;
    }

    private Groups() {}
}

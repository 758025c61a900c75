package de.klimaflow.events;

import java.util.List;

/** The draft breaks the rules; nothing was stored. */
public class EventValidationException extends RuntimeException {

    private final transient List<EventProblem> problems;

    public EventValidationException(List<EventProblem> problems) {
        super("invalid event: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<EventProblem> problems() {
        return problems;
    }
}

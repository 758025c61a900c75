package de.klimaflow.events;

import java.util.List;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;

/** The draft breaks the rules; nothing was stored. */
public class EventValidationException extends FieldProblems {

    public EventValidationException(List<FieldProblem> problems) {
        super("invalid event", problems);
    }
}

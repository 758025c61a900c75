package de.klimaflow.platform;

import java.util.List;

/**
 * Input that breaks a service's rules, every problem at once; nothing was stored. The one way services tell forms what
 * is wrong; {@code ui.FieldErrors} shows it at the fields.
 */
public class FieldProblems extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public FieldProblems(String what, List<FieldProblem> problems) {
        super(what + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package de.klimaflow.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A figure as a labelled horizontal bar (seats taken, cases in a stage, overdue tasks): the label says
 * the figure in words, the bar repeats it for the eye and is hidden from screen readers.
 */
public class Bar extends Composite<Div> {

    /** How the bar is coloured: as usual, close to a limit, or at it. */
    public enum Level {
        NORMAL,
        WARNING,
        FULL
    }

    public Bar(String text, long percent, Level level) {
        Div root = getContent();
        root.addClassName("capacity");
        Span label = new Span(text);
        label.addClassName("capacity-label");
        Div fill = new Div();
        fill.addClassName("capacity-fill");
        fill.setWidth(Math.max(0, Math.min(100, percent)) + "%");
        if (level == Level.FULL) {
            fill.addClassName("full");
        } else if (level == Level.WARNING) {
            fill.addClassName("almost-full");
        }
        Div bar = new Div(fill);
        bar.addClassName("capacity-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        root.add(label, bar);
    }
}

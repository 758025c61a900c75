package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.klimaflow.events.EventOverview;

/** Seats taken of one part as a bar, with the same figures as text for screen readers and print. */
public class CapacityBar extends Composite<Div> {

    public CapacityBar(EventOverview.PartOverview part) {
        Div root = getContent();
        root.addClassName("capacity");
        String text = getTranslation("event.capacity", part.title(), part.taken(), part.capacity());
        Span label = new Span(text);
        label.addClassName("capacity-label");
        Div fill = new Div();
        fill.addClassName("capacity-fill");
        fill.setWidth(part.percentTaken() + "%");
        if (part.percentTaken() >= 100) {
            fill.addClassName("full");
        } else if (part.percentTaken() >= 80) {
            fill.addClassName("almost-full");
        }
        Div bar = new Div(fill);
        bar.addClassName("capacity-bar");
        // the bar repeats the label; assistive technology reads the label once
        bar.getElement().setAttribute("aria-hidden", "true");
        root.add(label, bar);
    }
}

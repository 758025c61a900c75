package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.Composite;

import de.klimaflow.events.EventOverview;
import de.klimaflow.ui.Bar;

/** Seats taken of one part as a bar, with the same figures as text for screen readers and print. */
public class CapacityBar extends Composite<Bar> {

    private final EventOverview.PartOverview part;

    public CapacityBar(EventOverview.PartOverview part) {
        this.part = part;
    }

    @Override
    protected Bar initContent() {
        int percent = part.percentTaken();
        return new Bar(
                getTranslation("event.capacity", part.title(), part.taken(), part.capacity()),
                percent,
                percent >= 100 ? Bar.Level.FULL : percent >= 80 ? Bar.Level.WARNING : Bar.Level.NORMAL);
    }
}

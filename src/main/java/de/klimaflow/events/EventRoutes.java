package de.klimaflow.events;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The event id in a staff route ("/events/12"), for the views that show one event. */
public final class EventRoutes {

    public static final String EVENT_ID = "eventId";

    /** The id if the parameter is a plain number, else empty. */
    public static Optional<Long> eventId(BeforeEnterEvent navigation) {
        return navigation
                .getRouteParameters()
                .get(EVENT_ID)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf);
    }

    /** Shows the "not found" page for an id that does not exist (or is not for this user). */
    public static void notFound(BeforeEnterEvent navigation) {
        navigation.rerouteToError(NotFoundException.class, navigation.getUI().getTranslation("public.notFound"));
    }

    private EventRoutes() {}
}

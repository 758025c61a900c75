package de.klimaflow.events.portal;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.Formats;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventRoutes;
import de.klimaflow.platform.Links;
import de.klimaflow.events.EventOverview;

/** One public event: parts, audiences, venue, deadline and seats left. */
@Route(value = "veranstaltungen/:" + PublicEventView.EVENT_ID, autoLayout = false)
@AnonymousAllowed
public class PublicEventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String EVENT_ID = EventRoutes.EVENT_ID;

    private final EventService events;
    private final AgencyProperties agency;
    private String title = "";

    public PublicEventView(EventService events, AgencyProperties agency) {
        this.events = events;
        this.agency = agency;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        EventRoutes.eventId(navigation).flatMap(events::publicEvent)
                .ifPresentOrElse(this::render, () -> EventRoutes.notFound(navigation));
    }

    private void render(EventOverview event) {
        removeAll();
        title = event.title();
        add(new Paragraph(agency.name()), new RouterLink(getTranslation("public.back"), PublicCalendarView.class),
                new H1(event.title()));
        if (event.description() != null) {
            add(new Paragraph(event.description()));
        }
        add(new Paragraph(event.venue() != null ? getTranslation("public.venue", event.venue())
                : getTranslation("event.format." + event.format().name())));
        add(new Paragraph(getTranslation("public.deadline", Formats.dateTime(event.registrationDeadline()))));
        add(new H2(getTranslation("public.programme")));
        for (EventOverview.PartOverview part : event.parts()) {
            Section section = new Section();
            section.addClassName("public-part");
            section.add(new H3(part.title()),
                    new Paragraph(Formats.dateTime(part.startsAt()) + " – " + Formats.dateTime(part.endsAt())),
                    new Paragraph(getTranslation("public.audiences", part.audiences().stream().sorted()
                            .map(audience -> getTranslation("audience." + audience.name())).collect(Collectors.joining(", ")))),
                    new Paragraph(getTranslation("public.seatsLeft", part.seatsLeft(), part.capacity())));
            if (part.description() != null) {
                Paragraph agenda = new Paragraph(part.description());
                agenda.addClassName("public-agenda");
                section.add(agenda);
            }
            add(section);
        }
        Anchor ics = new Anchor(Links.eventCalendarFile(event.id()), getTranslation("public.ics"));
        ics.setRouterIgnore(true);
        add(ics);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

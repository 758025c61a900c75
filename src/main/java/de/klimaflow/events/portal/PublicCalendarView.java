package de.klimaflow.events.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.platform.Links;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.LanguageSwitcher;
import de.klimaflow.ui.LocaleSupport;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventOverview;

/** The public calendar: every published event that is open to the public. */
@Route(value = "veranstaltungen", autoLayout = false)
@AnonymousAllowed
public class PublicCalendarView extends Main implements HasDynamicTitle {

    public PublicCalendarView(EventService events, AgencyProperties agency, LocaleSupport localeSupport) {
        addClassName("public-page");
        add(new Paragraph(agency.name()), new LanguageSwitcher(localeSupport), new H1(getTranslation("public.calendar")));
        var list = events.publicCalendar();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("public.calendar.empty")));
        }
        for (EventOverview event : list) {
            Section entry = new Section();
            entry.addClassName("public-event");
            RouterLink link = new RouterLink(event.title(), PublicEventView.class,
                    new RouteParameters(PublicEventView.EVENT_ID, Long.toString(event.id())));
            H2 title = new H2(link);
            entry.add(title, new Paragraph(Formats.dateTime(event.startsAt()) + (event.venue() == null
                    ? " · " + getTranslation("event.format." + event.format().name()) : " · " + event.venue())));
            entry.add(new Paragraph(getTranslation("public.deadline", Formats.dateTime(event.registrationDeadline()))));
            add(entry);
        }
        Anchor feed = new Anchor(Links.CALENDAR_FEED, getTranslation("public.feed"));
        feed.setRouterIgnore(true);
        add(feed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.calendar");
    }
}

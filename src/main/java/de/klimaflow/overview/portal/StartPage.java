package de.klimaflow.overview.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.klimaflow.events.EventService;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;

/**
 * The public start page, where an anonymous visitor at "/" lands: the agency's offers (events, advice for
 * municipalities, the managers' network) with the next events, and the way in for staff.
 */
@Controller
class StartPage {

    /** One of the next events, formatted for the page. */
    record NextEvent(String title, String link, String when) {}

    static final int NEXT_EVENTS = 3;

    private final EventService events;

    StartPage(EventService events) {
        this.events = events;
    }

    @GetMapping(Links.START)
    String start(Model model) {
        model.addAttribute(
                "nextEvents",
                events.publicCalendar().stream()
                        .limit(NEXT_EVENTS)
                        .map(event -> new NextEvent(
                                event.title(), Links.eventPage(event.id()), Formats.dateTime(event.startsAt())))
                        .toList());
        model.addAttribute("calendar", Links.PUBLIC_CALENDAR);
        model.addAttribute("consultation", Links.CONSULTATION);
        model.addAttribute("network", Links.NETWORK);
        return "portal/start";
    }
}

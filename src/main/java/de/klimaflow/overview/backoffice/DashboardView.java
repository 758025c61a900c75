package de.klimaflow.overview.backoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.backoffice.PipelineChart;
import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.events.backoffice.CapacityBar;
import de.klimaflow.platform.Formats;
import de.klimaflow.registration.Registrations;
import de.klimaflow.security.Groups;
import de.klimaflow.tasks.WorkTaskService;
import de.klimaflow.ui.Bar;

import jakarta.annotation.security.RolesAllowed;

/**
 * Management's one screen: upcoming events and how full their parts are, registrations per day, the
 * consultation pipeline, positions granted this year and overdue work per group. Drawn on the server
 * from plain components, each figure also as text. It lives in the consultation feature because it is
 * the top of the feature layers and the only one that may read all the others.
 */
@Route("dashboard")
@RolesAllowed(Groups.MANAGEMENT)
@Menu(title = "nav.dashboard", order = 1)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 14;

    public DashboardView(
            EventService events,
            Registrations registrations,
            CaseQueries cases,
            WorkTaskService tasks,
            java.time.Clock clock) {
        addClassName("dashboard-view");
        Instant now = clock.instant();
        List<EventOverview> upcoming = events.overview().stream()
                .filter(e -> (e.status() == EventStatus.PUBLISHED || e.status() == EventStatus.REGISTRATION_CLOSED)
                        && e.startsAt().isAfter(now))
                .sorted(Comparator.comparing(EventOverview::startsAt))
                .toList();

        Div eventsSection = section("dashboard.events");
        if (upcoming.isEmpty()) {
            eventsSection.add(new Paragraph(getTranslation("dashboard.events.none")));
        }
        for (EventOverview event : upcoming.stream().limit(6).toList()) {
            Div card = new Div(new Paragraph(event.title() + " · " + Formats.date(event.startsAt())));
            card.addClassName("dashboard-event");
            event.parts().forEach(part -> card.add(new CapacityBar(part)));
            eventsSection.add(card);
        }

        LocalDate today = now.atZone(Formats.ZONE).toLocalDate();
        SortedMap<LocalDate, Long> perDay = registrations.perDay(
                upcoming.stream()
                        .filter(EventOverview::registrationOpen)
                        .map(EventOverview::id)
                        .toList(),
                today.minusDays(DAYS - 1L),
                today);
        Div registrationsSection = section("dashboard.registrations");
        registrationsSection.add(columns(perDay));

        Div pipeline = section("dashboard.pipeline");
        pipeline.add(new PipelineChart(cases.pipeline()));

        Div granted = section("dashboard.granted");
        Span number = new Span(Long.toString(cases.grantedThisYear()));
        number.addClassName("dashboard-number");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        granted.add(number, new Paragraph(getTranslation("dashboard.granted.text", today.getYear())));

        Div overdue = section("dashboard.overdue");
        Map<String, Long> late = tasks.overdueByGroup();
        long most = Math.max(
                1, late.values().stream().mapToLong(Long::longValue).max().orElse(1));
        late.forEach((group, count) -> overdue.add(new Bar(
                getTranslation("dashboard.overdue.line", getTranslation("group." + group), count),
                count * 100 / most,
                count > 0 ? Bar.Level.FULL : Bar.Level.NORMAL)));

        FlexLayout grid = new FlexLayout(eventsSection, registrationsSection, pipeline, granted, overdue);
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H2(getTranslation("dashboard.title")), grid);
    }

    private Div section(String key) {
        Div section = new Div(new H3(getTranslation(key)));
        section.addClassName("dashboard-section");
        section.getStyle().set("flex", "1 1 22rem").set("min-width", "18rem");
        return section;
    }

    /** Registrations per day as columns; each column's figure is its accessible name and its tooltip. */
    private Div columns(SortedMap<LocalDate, Long> perDay) {
        long most = Math.max(
                1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Div chart = new Div();
        chart.addClassName("dashboard-columns");
        chart.getElement().setAttribute("role", "list");
        chart.getStyle()
                .set("display", "flex")
                .set("align-items", "flex-end")
                .set("gap", "2px")
                .set("height", "8rem");
        perDay.forEach((day, count) -> {
            String text = getTranslation(
                    "dashboard.registrations.day",
                    day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.")),
                    count);
            Div column = new Div();
            column.getElement().setAttribute("role", "listitem");
            column.getElement().setAttribute("aria-label", text);
            column.getElement().setAttribute("title", text);
            column.getStyle()
                    .set("flex", "1")
                    .set("background", "var(--lumo-primary-color)")
                    .set("height", Math.max(2, count * 100 / most) + "%");
            chart.add(column);
        });
        long total = perDay.values().stream().mapToLong(Long::longValue).sum();
        Div wrapper = new Div(chart, new Paragraph(getTranslation("dashboard.registrations.total", total, DAYS)));
        wrapper.addClassName("dashboard-registrations");
        return wrapper;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · klimaflow";
    }
}

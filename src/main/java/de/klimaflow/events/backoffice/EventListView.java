package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.EventService;
import de.klimaflow.events.EventStatus;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

import jakarta.annotation.security.RolesAllowed;

/** All events with their status and, per part, how full it is. */
@Route("events")
@RolesAllowed({Groups.EVENT_TEAM, Groups.MANAGEMENT, Groups.REGISTRATION_DESK})
@Menu(title = "nav.events", order = 10)
public class EventListView extends VerticalLayout implements HasDynamicTitle {

    public EventListView(EventService events, CurrentUser currentUser) {
        setSizeFull();
        addClassName("event-list-view");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.events")));
        header.setAlignItems(Alignment.BASELINE);
        if (currentUser.isIn(Groups.EVENT_TEAM)) {
            Button create = new Button(
                    getTranslation("event.new"),
                    VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(NewEventView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("new-event");
            header.add(create);
        }

        Grid<EventOverview> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("nav.events"));
        grid.addComponentColumn(event ->
                        new RouterLink(event.title(), EventDetailView.class, EventDetailView.parameters(event.id())))
                .setHeader(getTranslation("event.field.title"))
                .setFlexGrow(2);
        grid.addColumn(event -> getTranslation("event.type." + event.type().name()))
                .setHeader(getTranslation("event.field.type"));
        grid.addComponentColumn(event -> {
                    Span badge = new Span(
                            getTranslation("event.status." + event.status().name()));
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    event.status() == EventStatus.CANCELLED
                                            ? "badge error"
                                            : event.status().isPublic() ? "badge success" : "badge contrast");
                    return badge;
                })
                .setHeader(getTranslation("event.field.status"));
        grid.addColumn(event -> Formats.dateTime(event.startsAt())).setHeader(getTranslation("event.field.start"));
        grid.addColumn(event -> Formats.dateTime(event.registrationDeadline()))
                .setHeader(getTranslation("event.field.deadline"));
        grid.addComponentColumn(event -> {
                    Div bars = new Div();
                    event.parts().forEach(part -> bars.add(new CapacityBar(part)));
                    return bars;
                })
                .setHeader(getTranslation("event.seats"))
                .setKey("seats")
                .setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(events.overview());
        grid.setSizeFull();
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.events") + " · klimaflow";
    }
}

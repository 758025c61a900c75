package de.klimaflow.events.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import de.klimaflow.events.EventService;
import de.klimaflow.events.EventValidationException;
import de.klimaflow.events.Venues;
import de.klimaflow.regions.Regions;
import de.klimaflow.security.Groups;

import jakarta.annotation.security.RolesAllowed;

/** The event team drafts a new event; saving starts its planning process. */
@Route("events/new")
@RolesAllowed(Groups.EVENT_TEAM)
public class NewEventView extends VerticalLayout implements HasDynamicTitle {

    public NewEventView(EventService events, Venues venues, Regions regions) {
        setMaxWidth("70rem");
        addClassName("new-event-view");
        EventEditor editor = new EventEditor(events, venues, regions);
        Button save = new Button(getTranslation("event.create"), click -> {
            try {
                events.create(editor.value());
                Notification.show(getTranslation("event.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(EventListView.class));
            } catch (EventValidationException e) {
                editor.showProblems(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("create-event");
        add(new H2(getTranslation("event.new")), new Paragraph(getTranslation("event.new.hint")), editor, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.new") + " · klimaflow";
    }
}

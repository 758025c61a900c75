package de.klimaflow.registration.backoffice;

import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.platform.Formats;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationLogEntry;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.ui.FieldErrors;

/** One registration on the registrations page: who, what they need, moves between seat and waitlist, its history. */
class RegistrationDetail extends VerticalLayout {

    private final RegistrationService registrations;
    private final LongFunction<String> partTitle;
    private final Runnable changed;

    RegistrationDetail(
            RegistrationService registrations,
            RegistrationView registration,
            LongFunction<String> partTitle,
            Runnable changed) {
        this.registrations = registrations;
        this.partTitle = partTitle;
        this.changed = changed;
        setPadding(false);
        addClassName("registration-detail");
        add(
                new H3(registration.name()),
                new Paragraph(registration.email()),
                new Paragraph(getTranslation(
                        "registration.status." + registration.status().name())));
        NeedsParagraphs.of(registration, this).forEach(this::add);
        if (registration.status().isActive()) {
            TextField reason = new TextField(getTranslation("registrations.move.reason"));
            reason.setMaxLength(500);
            reason.setWidthFull();
            reason.addClassName("move-reason");
            add(reason);
            for (RegistrationView.Part part : registration.parts()) {
                add(moveButton(registration, part, reason));
            }
            Button cancel = new Button(getTranslation("registrations.cancel"), click -> {
                registrations.cancelByStaff(registration.id());
                Notification.show(getTranslation("registrations.cancelled", registration.name()));
                changed.run();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-registration");
            add(cancel);
        }
        add(new H3(getTranslation("registrations.history")));
        UnorderedList history = new UnorderedList();
        history.addClassName("registration-history");
        for (RegistrationLogEntry entry : registrations.history(registration.id())) {
            history.add(new ListItem(Formats.dateTime(entry.at()) + " · "
                    + getTranslation("registrations.log." + entry.kind().name())
                    + (entry.actor() == null ? "" : " · " + entry.actor())
                    + (entry.detail() == null ? "" : " · " + entry.detail())));
        }
        add(history);
    }

    private Button moveButton(RegistrationView registration, RegistrationView.Part part, TextField reason) {
        boolean seated = part.status() == PartBooking.Status.SEAT;
        String label = getTranslation(
                seated ? "registrations.move.toWaitlist" : "registrations.move.toSeat", partTitle.apply(part.partId()));
        Button move = new Button(label, click -> {
            if (FieldErrors.refuseIf(this, reason, reason.getValue().isBlank(), "registrations.move.reasonRequired")) {
                return;
            }
            RegistrationService.Move done = seated
                    ? registrations.moveToWaitlist(
                            registration.id(), part.partId(), reason.getValue().strip())
                    : registrations.moveToSeat(
                            registration.id(), part.partId(), reason.getValue().strip());
            Notification.show(getTranslation("registrations.move." + done.name()));
            changed.run();
        });
        move.setEnabled(seated || part.status() == PartBooking.Status.WAITING);
        move.addClassName("move-part");
        return move;
    }
}

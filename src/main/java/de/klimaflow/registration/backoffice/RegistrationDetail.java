package de.klimaflow.registration.backoffice;

import java.util.List;
import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.platform.Formats;
import de.klimaflow.registration.PartBooking;
import de.klimaflow.registration.RegistrationLogEntry;
import de.klimaflow.registration.RegistrationService;
import de.klimaflow.registration.RegistrationView;
import de.klimaflow.registration.SessionMoves;
import de.klimaflow.ui.FieldErrors;
import de.klimaflow.ui.Shown;

/** One registration on the registrations page: who, what they need, moves between seat and waitlist, its history. */
class RegistrationDetail extends VerticalLayout {

    private final RegistrationService registrations;
    private final SessionMoves sessionMoves;
    private final LongFunction<String> partTitle;
    private final Runnable changed;

    RegistrationDetail(
            RegistrationService registrations,
            SessionMoves sessionMoves,
            RegistrationView registration,
            LongFunction<String> partTitle,
            Runnable changed) {
        this.registrations = registrations;
        this.sessionMoves = sessionMoves;
        this.partTitle = partTitle;
        this.changed = changed;
        setPadding(false);
        addClassName("registration-detail");
        add(
                new H3(Shown.value(this, registration.name())),
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
                List<Long> others = sessionMoves.alternatives(registration.id(), part.partId());
                if (!others.isEmpty() && part.status() != PartBooking.Status.REQUESTED) {
                    add(sessionMove(registration, part, others, reason));
                }
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

    /** Into another parallel session of the same slot, where a seat is free. */
    private HorizontalLayout sessionMove(
            RegistrationView registration, RegistrationView.Part part, List<Long> others, TextField reason) {
        Select<Long> target = new Select<>();
        target.setLabel(getTranslation("registrations.session.to", partTitle.apply(part.partId())));
        target.setItems(others);
        target.setItemLabelGenerator(partTitle::apply);
        target.addClassName("session-target");
        Button move = new Button(getTranslation("registrations.session.move"), click -> {
            if (FieldErrors.refuseIf(this, reason, reason.getValue().isBlank(), "registrations.move.reasonRequired")
                    || FieldErrors.refuseIf(this, target, target.getValue() == null, "validation.choose")) {
                return;
            }
            SessionMoves.Outcome done = sessionMoves.move(
                    registration.id(),
                    part.partId(),
                    target.getValue(),
                    reason.getValue().strip());
            Notification.show(getTranslation("registrations.move." + done.name()));
            changed.run();
        });
        move.addClassName("move-session");
        HorizontalLayout row = new HorizontalLayout(target, move);
        row.setAlignItems(Alignment.BASELINE);
        return row;
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

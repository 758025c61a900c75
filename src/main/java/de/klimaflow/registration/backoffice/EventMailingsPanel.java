package de.klimaflow.registration.backoffice;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventOverview;
import de.klimaflow.platform.Formats;
import de.klimaflow.registration.Invitations;
import de.klimaflow.registration.Mailing;
import de.klimaflow.registration.Mailings;

/**
 * Writing to many people of one event: personal invitations (invitation-only events), a message to
 * everyone with a seat in a part, and the list of what went out. Each mail-out runs as a process with one
 * send per recipient, so the operators see a bad address as an incident of its own in Cockpit.
 */
class EventMailingsPanel extends VerticalLayout {

    private final Mailings mailings;
    private final Invitations invitations;
    private final EventOverview event;
    private final Grid<Invitations.InvitationView> invited = new Grid<>();
    private final Grid<Mailings.MailingView> sent = new Grid<>();

    EventMailingsPanel(Mailings mailings, Invitations invitations, EventOverview event) {
        this.mailings = mailings;
        this.invitations = invitations;
        this.event = event;
        setPadding(false);
        addClassName("event-mailings");
        if (event.invitationOnly()) {
            add(invitations());
        }
        add(participantMessage(), history());
        refresh();
    }

    private Details invitations() {
        TextArea addresses = new TextArea(getTranslation("mailings.invite.addresses"));
        addresses.setHelperText(getTranslation("mailings.invite.help", Invitations.MAX_INVITATIONS));
        addresses.setWidthFull();
        addresses.setMinHeight("8rem");
        addresses.setMaxLength(Invitations.MAX_INVITATIONS * 300);
        addresses.addClassName("invite-addresses");
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("mailings.invite.language"));
        language.setItems(Locale.GERMAN, Locale.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("mailings.language." + locale.getLanguage()));
        language.setValue(Locale.GERMAN);
        Paragraph result = new Paragraph();
        result.addClassName("invite-result");
        result.getElement().setAttribute("aria-live", "polite");
        Button invite = new Button(getTranslation("mailings.invite.send"), click -> {
            if (!invitations.takesInvitations(event.id())) {
                result.setText(getTranslation("mailings.invite.notOpen"));
                return;
            }
            try {
                Invitations.InvitationRound round =
                        invitations.invite(event.id(), addresses.getValue(), language.getValue());
                StringBuilder text = new StringBuilder(getTranslation("mailings.invite.done", round.invited()));
                if (!round.alreadyInvited().isEmpty()) {
                    text.append(' ')
                            .append(getTranslation(
                                    "mailings.invite.already", String.join(", ", round.alreadyInvited())));
                }
                if (!round.invalid().isEmpty()) {
                    text.append(' ')
                            .append(getTranslation("mailings.invite.invalid", String.join(", ", round.invalid())));
                }
                result.setText(text.toString());
                if (round.invalid().isEmpty()) {
                    addresses.clear();
                } else {
                    addresses.setValue(String.join("\n", round.invalid()));
                }
                refresh();
            } catch (IllegalArgumentException tooMany) {
                result.setText(getTranslation("mailings.invite.tooMany", Invitations.MAX_INVITATIONS));
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClassName("invite-send");

        invited.addColumn(Invitations.InvitationView::email)
                .setHeader(getTranslation("mailings.invited.email"))
                .setAutoWidth(true);
        invited.addColumn(i -> i.name() == null ? "" : i.name()).setHeader(getTranslation("mailings.invited.name"));
        invited.addColumn(i -> Formats.dateTime(i.invitedAt())).setHeader(getTranslation("mailings.invited.at"));
        invited.addColumn(i -> getTranslation(
                        i.registrationId() == null ? "mailings.invited.open" : "mailings.invited.registered"))
                .setHeader(getTranslation("mailings.invited.state"));
        invited.addComponentColumn(i -> {
            Button withdraw = new Button(getTranslation("mailings.invited.withdraw"), click -> {
                invitations.withdrawInvitation(i.id());
                Notification.show(getTranslation("mailings.invited.withdrawn", i.email()));
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return withdraw;
        });
        invited.setAllRowsVisible(true);
        invited.addClassName("invitations");
        Details details = new Details(
                getTranslation("mailings.invite.title"),
                new VerticalLayout(addresses, language, invite, result, invited));
        details.addClassName("invite");
        details.setOpened(true);
        return details;
    }

    private Details participantMessage() {
        ComboBox<EventOverview.PartOverview> part = new ComboBox<>(getTranslation("mailings.message.part"));
        part.setItems(event.parts());
        part.setItemLabelGenerator(EventOverview.PartOverview::title);
        part.setRequired(true);
        part.addClassName("message-part");
        TextField topic = new TextField(getTranslation("mailings.message.topic"));
        topic.setMaxLength(Mailings.MAX_TOPIC);
        topic.setRequired(true);
        topic.setWidthFull();
        TextArea body = new TextArea(getTranslation("mailings.message.body"));
        body.setMaxLength(Mailings.MAX_BODY);
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("10rem");
        Paragraph result = new Paragraph();
        result.addClassName("message-result");
        result.getElement().setAttribute("aria-live", "polite");
        Button send = new Button(getTranslation("mailings.message.send"), click -> {
            part.setInvalid(part.isEmpty());
            topic.setInvalid(topic.getValue().isBlank());
            body.setInvalid(body.getValue().isBlank());
            if (part.isInvalid() || topic.isInvalid() || body.isInvalid()) {
                result.setText(getTranslation("mailings.message.incomplete"));
                return;
            }
            EventOverview.PartOverview to = part.getValue();
            int reach = mailings.recipientsOf(to.id());
            if (reach == 0) {
                result.setText(getTranslation("mailings.message.nobody", 0, to.title()));
                return;
            }
            // many people get it and it cannot be called back: the mail as they will read it, and a question first
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("mailings.message.confirm", reach, to.title()));
            Pre preview =
                    new Pre(topic.getValue().strip() + "\n\n" + body.getValue().strip());
            preview.getStyle().set("white-space", "pre-wrap");
            preview.addClassName("message-preview");
            confirm.setText(preview);
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("mailings.message.keep"));
            confirm.setConfirmText(getTranslation("mailings.message.sendTo", reach));
            confirm.addConfirmListener(confirmed -> {
                try {
                    int recipients =
                            mailings.messageParticipants(event.id(), to.id(), topic.getValue(), body.getValue());
                    result.setText(getTranslation(
                            recipients == 0 ? "mailings.message.nobody" : "mailings.message.sent",
                            recipients,
                            to.title()));
                    if (recipients > 0) {
                        topic.clear();
                        body.clear();
                    }
                    refresh();
                } catch (IllegalArgumentException invalid) {
                    result.setText(getTranslation("mailings.message.invalid", Mailings.MAX_TOPIC, Mailings.MAX_BODY));
                }
            });
            confirm.open();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("message-send");
        Details details = new Details(
                getTranslation("mailings.message.title"),
                new VerticalLayout(
                        new Paragraph(getTranslation("mailings.message.hint")), part, topic, body, send, result));
        details.addClassName("participant-message");
        return details;
    }

    private Details history() {
        sent.addColumn(m -> Formats.dateTime(m.createdAt()))
                .setHeader(getTranslation("mailings.sent.at"))
                .setAutoWidth(true);
        sent.addColumn(m -> getTranslation("mailings.kind." + m.kind().name()))
                .setHeader(getTranslation("mailings.sent.kind"));
        sent.addColumn(m -> m.kind() == Mailing.Kind.PARTICIPANTS ? partTitle(m.partId()) + ": " + m.topic() : "")
                .setHeader(getTranslation("mailings.sent.topic"))
                .setFlexGrow(2);
        sent.addColumn(Mailings.MailingView::recipients).setHeader(getTranslation("mailings.sent.recipients"));
        sent.addColumn(Mailings.MailingView::createdBy).setHeader(getTranslation("mailings.sent.by"));
        sent.setAllRowsVisible(true);
        sent.addClassName("mailings");
        return new Details(getTranslation("mailings.sent.title"), sent);
    }

    private String partTitle(@Nullable Long partId) {
        return event.parts().stream()
                .filter(part -> partId != null && part.id() == partId)
                .map(EventOverview.PartOverview::title)
                .findFirst()
                .orElse("");
    }

    private void refresh() {
        if (event.invitationOnly()) {
            invited.setItems(invitations.invitations(event.id()));
        }
        sent.setItems(mailings.mailings(event.id()));
    }
}

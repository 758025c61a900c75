package de.klimaflow.registration.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.platform.Formats;
import de.klimaflow.registration.PersonalData;
import de.klimaflow.registration.RegistrationRequest;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/**
 * Requests of data subjects, for the registration desk: what klimaflow stores about one e-mail address
 * (overview, JSON and PDF), and its erasure after a confirmation.
 */
@Route("privacy")
@RolesAllowed(Groups.REGISTRATION_DESK)
@Menu(title = "nav.privacy", order = 80)
public class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalData personalData;
    private final EmailField address = new EmailField();
    private final VerticalLayout result = new VerticalLayout();

    public PersonalDataView(PersonalData personalData) {
        this.personalData = personalData;
        addClassName("personal-data-view");
        setMaxWidth("60rem");
        address.setLabel(getTranslation("privacy.address"));
        address.setMaxLength(RegistrationRequest.EMAIL_MAX);
        address.setWidthFull();
        address.setRequiredIndicatorVisible(true);
        address.addClassName("privacy-address");
        Button look = new Button(getTranslation("privacy.look"), click -> look());
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        look.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        look.addClassName("privacy-look");
        result.setPadding(false);
        result.getElement().setAttribute("aria-live", "polite");
        add(
                new H2(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.intro")),
                new HorizontalLayout(address, look),
                result);
    }

    private void look() {
        result.removeAll();
        var typed = PersonalData.address(address.getValue());
        if (FieldErrors.refuseIf(this, address, typed.isEmpty(), "privacy.invalidAddress")) {
            return;
        }
        address.setInvalid(false);
        String email = typed.get();
        PersonalData.Report report = personalData.report(email);
        UnorderedList found = new UnorderedList(
                new ListItem(getTranslation(
                        "privacy.found.registrations", report.registrations().size())),
                new ListItem(getTranslation(
                        "privacy.found.invitations", report.invitations().size())),
                new ListItem(
                        getTranslation("privacy.found.mails", report.mails().size())));
        found.addClassName("privacy-found");
        result.add(new H3(getTranslation("privacy.found", email)), found);
        report.registrations()
                .forEach(r -> result.add(new Paragraph(
                        r.event() + " · " + r.name() + " · " + getTranslation("registration.status." + r.status())
                                + " · " + Formats.dateTime(r.registeredAt()))));
        report.earlierErasures()
                .forEach(e -> result.add(
                        new Paragraph(getTranslation("privacy.erasedBefore", Formats.dateTime(e.at()), e.by()))));
        String file = "auskunft-" + email.replaceAll("[^A-Za-z0-9]", "_");
        result.add(new HorizontalLayout(
                DownloadLink.of(this, "privacy.json", file + ".json", () -> personalData.json(email)),
                DownloadLink.of(this, "privacy.pdf", file + ".pdf", () -> personalData.pdf(email))));
        if (!report.isEmpty()) {
            Button erase = new Button(getTranslation("privacy.erase"), click -> confirmErasure(email));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.addClassName("privacy-erase");
            result.add(erase);
        }
    }

    private void confirmErasure(String email) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.erase.confirm", email));
        dialog.setText(getTranslation("privacy.erase.consequence"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("privacy.erase.keep"));
        dialog.setConfirmText(getTranslation("privacy.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            PersonalData.Erasure erasure = personalData.erase(email);
            look();
            result.addComponentAsFirst(new Paragraph(
                    getTranslation("privacy.erased", erasure.registrations(), erasure.invitations(), erasure.mails())));
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}

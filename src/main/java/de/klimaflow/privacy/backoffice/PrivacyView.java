package de.klimaflow.privacy.backoffice;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
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
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataRequests;
import de.klimaflow.privacy.Retention;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/**
 * A data subject's request, for the groups that hold personal data: what klimaflow holds about one e-mail address
 * across every feature, with export (JSON, PDF) and erasure. Need to know: the data of the user's own groups' work
 * shows in detail and can be erased here; another group's shows only as "held by" with a count.
 */
@Route("privacy")
@RolesAllowed({Groups.REGISTRATION_DESK, Groups.EVENT_TEAM, Groups.ADVISORS, Groups.OPERATORS})
@Menu(title = "nav.privacy", order = 80)
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalDataRequests requests;
    private final EmailField address = new EmailField();
    private final VerticalLayout result = new VerticalLayout();

    public PrivacyView(PersonalDataRequests requests, Retention retention) {
        this.requests = requests;
        addClassName("personal-data-view");
        setMaxWidth("60rem");
        address.setLabel(getTranslation("privacy.address"));
        address.setMaxLength(MailAddresses.MAX_LENGTH);
        address.setWidthFull();
        address.setRequiredIndicatorVisible(true);
        address.addClassName("privacy-address");
        Button look = new Button(getTranslation("privacy.look"), click -> look());
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        look.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        look.addClassName("privacy-look");
        result.setPadding(false);
        result.getElement().setAttribute("aria-live", "polite");
        // what the nightly retention process will anonymise or blank next, by kind of data
        UnorderedList due = new UnorderedList();
        due.addClassName("privacy-due");
        retention
                .due()
                .forEach(kind -> due.add(
                        new ListItem(getTranslation("privacy.count", getTranslation(kind.category()), kind.count()))));
        add(
                new H2(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.intro")),
                new HorizontalLayout(address, look),
                result,
                new Details(getTranslation("privacy.due"), due));
    }

    private void look() {
        result.removeAll();
        var typed = PersonalDataRequests.address(address.getValue());
        if (FieldErrors.refuseIf(this, address, typed.isEmpty(), "privacy.invalidAddress")) {
            return;
        }
        String email = typed.get();
        PersonalDataRequests.Report report = requests.report(email);
        result.add(new H3(getTranslation("privacy.found", email)));
        UnorderedList found = new UnorderedList();
        found.addClassName("privacy-found");
        boolean ownData = false;
        for (HeldData data : report.held()) {
            if (requests.mayHandle(data)) {
                ownData = true;
                found.add(new ListItem(getTranslation(
                        "privacy.count",
                        getTranslation(data.category()),
                        data.items().size())));
                result.add(details(data));
            } else {
                // another group's work: that it exists and who holds it, nothing of its content
                found.add(new ListItem(getTranslation(
                        "privacy.heldBy",
                        groups(data),
                        getTranslation(data.category()),
                        data.items().size())));
            }
        }
        if (report.held().isEmpty()) {
            found.add(new ListItem(getTranslation("privacy.nothing")));
        }
        result.addComponentAtIndex(1, found);
        report.earlier()
                .forEach(e -> result.add(
                        new Paragraph(getTranslation("privacy.erasedBefore", Formats.dateTime(e.at()), e.by()))));
        String file = "auskunft-" + email.replaceAll("[^A-Za-z0-9]", "_");
        result.add(new HorizontalLayout(
                DownloadLink.of(this, "privacy.json", file + ".json", () -> requests.json(email, getLocale())),
                DownloadLink.of(this, "privacy.pdf", file + ".pdf", () -> requests.pdf(email, getLocale()))));
        if (ownData) {
            Button erase = new Button(getTranslation("privacy.erase"), click -> confirmErasure(email));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.addClassName("privacy-erase");
            result.add(erase);
        }
    }

    private Details details(HeldData data) {
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        for (HeldData.Item item : data.items()) {
            UnorderedList fields = new UnorderedList();
            item.fields()
                    .forEach(field -> fields.add(
                            new ListItem(getTranslation(field.label()) + ": " + requests.value(field, getLocale()))));
            items.add(new Paragraph(item.title()), fields);
        }
        Details details = new Details(
                getTranslation(data.category()) + " (" + data.items().size() + ")", items);
        details.addClassName("privacy-held");
        return details;
    }

    private String groups(HeldData data) {
        return data.groups().stream()
                .map(group -> getTranslation("group." + group))
                .sorted()
                .collect(Collectors.joining(", "));
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
            List<Erased> erased = requests.erase(email);
            look();
            UnorderedList done = new UnorderedList();
            done.addClassName("privacy-erased");
            erased.forEach(e -> done.add(new ListItem(getTranslation(
                            "privacy.erasedCount", getTranslation(e.category()), e.count())
                    + e.kept().stream().map(kept -> " " + getTranslation(kept)).collect(Collectors.joining()))));
            result.addComponentAsFirst(done);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}

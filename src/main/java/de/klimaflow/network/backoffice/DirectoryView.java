package de.klimaflow.network.backoffice;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

import jakarta.annotation.security.RolesAllowed;

/** The directory of climate-protection managers for staff, with filters and the consent to the public listing. */
@Route("network")
@RolesAllowed({Groups.ADVISORS, Groups.MANAGEMENT, Groups.EVENT_TEAM})
@Menu(title = "nav.network", order = 22)
public class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final NetworkDirectory directory;
    private final Grid<NetworkDirectory.Entry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> district = new Select<>();
    private final Checkbox membersOnly = new Checkbox();

    public DirectoryView(NetworkDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        addClassName("directory-view");
        search.setLabel(getTranslation("directory.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        district.setLabel(getTranslation("directory.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("directory.allDistricts"));
        district.addValueChangeListener(change -> refresh());
        membersOnly.setLabel(getTranslation("directory.membersOnly"));
        membersOnly.addValueChangeListener(change -> refresh());
        grid.addColumn(NetworkDirectory.Entry::name)
                .setHeader(getTranslation("directory.name"))
                .setAutoWidth(true);
        grid.addColumn(NetworkDirectory.Entry::municipality).setHeader(getTranslation("directory.municipality"));
        grid.addColumn(e -> e.district() == null ? "" : e.district()).setHeader(getTranslation("directory.district"));
        grid.addColumn(e -> Formats.date(e.since())).setHeader(getTranslation("directory.since"));
        grid.addColumn(e -> e.fundedBy() == null ? "" : e.fundedBy()).setHeader(getTranslation("directory.fundedBy"));
        grid.addColumn(e -> getTranslation(e.networkMember() ? "directory.member" : "directory.notMember"))
                .setHeader(getTranslation("directory.network"));
        grid.addComponentColumn(this::listing)
                .setKey("listing")
                .setHeader(getTranslation("directory.publicListing"))
                .setAutoWidth(true);
        if (currentUser.isIn(Groups.ADVISORS)) {
            grid.addComponentColumn(this::contact)
                    .setKey("contact")
                    .setHeader(getTranslation("directory.contactConsent"))
                    .setAutoWidth(true);
            grid.addComponentColumn(this::leave).setKey("leave").setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("directory.empty"));
        grid.addClassName("directory-grid");
        add(new H2(getTranslation("directory.title")), new HorizontalLayout(search, district, membersOnly), grid);
        refresh();
    }

    private Button listing(NetworkDirectory.Entry entry) {
        Button toggle = new Button(
                getTranslation(entry.publicListing() ? "directory.withdrawConsent" : "directory.giveConsent"),
                click -> {
                    directory.setPublicListing(entry.id(), !entry.publicListing());
                    Notification.show(getTranslation(
                            entry.publicListing() ? "directory.consentWithdrawn" : "directory.consentGiven"));
                    refresh();
                });
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL,
                entry.publicListing() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(toggle.getText() + ": " + entry.name());
        toggle.addClassName("toggle-listing");
        return toggle;
    }

    /** Whether colleagues may be put in touch with the member: the date it was given, and the button that changes it. */
    private Button contact(NetworkDirectory.Entry entry) {
        Instant since = entry.contactConsentAt();
        Button toggle = new Button(
                entry.contactConsent() && since != null
                        ? getTranslation("directory.contactConsent.since", Formats.date(since))
                        : getTranslation("directory.contactConsent.give"),
                click -> {
                    directory.setContactConsent(entry.id(), !entry.contactConsent());
                    Notification.show(getTranslation(
                            entry.contactConsent()
                                    ? "directory.contactConsent.withdrawn"
                                    : "directory.contactConsent.given"));
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(getTranslation(
                        entry.contactConsent() ? "directory.contactConsent.withdraw" : "directory.contactConsent.give")
                + ": " + entry.name());
        toggle.addClassName("toggle-contact");
        return toggle;
    }

    /** A member who left: after a confirmation, the entry and everything it holds about the person go. */
    private Button leave(NetworkDirectory.Entry entry) {
        Button leave = new Button(getTranslation("directory.leave"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("directory.leave.confirm", entry.name()));
            dialog.setText(getTranslation("directory.leave.consequence"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("directory.leave.keep"));
            dialog.setConfirmText(getTranslation("directory.leave"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                directory.leave(entry.id());
                Notification.show(getTranslation("directory.left", entry.name()));
                refresh();
            });
            dialog.open();
        });
        leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        leave.setAriaLabel(leave.getText() + ": " + entry.name());
        leave.addClassName("leave-network");
        return leave;
    }

    private void refresh() {
        List<NetworkDirectory.Entry> all = directory.entries();
        district.setItems(all.stream()
                .map(NetworkDirectory.Entry::district)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        String text = search.getValue().strip().toLowerCase(Locale.GERMAN);
        grid.setItems(all.stream()
                .filter(e -> text.isEmpty()
                        || (e.name() + " " + e.municipality())
                                .toLowerCase(Locale.GERMAN)
                                .contains(text))
                .filter(e -> district.getValue() == null || district.getValue().equals(e.district()))
                .filter(e -> !membersOnly.getValue() || e.networkMember())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " · klimaflow";
    }
}

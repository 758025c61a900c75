package de.klimaflow.privacy.backoffice;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
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
import de.klimaflow.platform.Links;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.privacy.ErasureRequests;
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
    private final ErasureRequests erasures;
    private final Clock clock;
    private final EmailField address = new EmailField();
    private final VerticalLayout result = new VerticalLayout();

    public PrivacyView(PersonalDataRequests requests, ErasureRequests erasures, Retention retention, Clock clock) {
        this.requests = requests;
        this.erasures = erasures;
        this.clock = clock;
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
                new H3(getTranslation("privacy.request.running")),
                running(),
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
        for (HeldData data : report.held()) {
            if (requests.mayHandle(data)) {
                found.add(new ListItem(getTranslation(
                        "privacy.count",
                        getTranslation(data.category()),
                        data.items().size())));
                result.add(HeldDataDetails.of(this, getLocale(), requests, data));
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
        Button fileRequest = new Button(
                getTranslation("privacy.request.file"),
                click -> new FileRequestDialog(erasures, email, Formats.today(clock)).open());
        fileRequest.addThemeVariants(ButtonVariant.LUMO_ERROR);
        fileRequest.addClassName("privacy-erase");
        fileRequest.setEnabled(!report.held().isEmpty());
        result.add(fileRequest);
    }

    /** The erasure requests still running, the nearest deadline first, each linked to its page. */
    private UnorderedList running() {
        UnorderedList list = new UnorderedList();
        list.addClassName("privacy-running");
        List<ErasureRequests.Request> running = erasures.running();
        if (running.isEmpty()) {
            list.add(new ListItem(getTranslation("privacy.request.noneRunning")));
        }
        running.forEach(request -> list.add(new ListItem(new Anchor(
                Links.privacyRequest(request.id()).substring(1),
                getTranslation(
                        "privacy.request.line",
                        request.id(),
                        Formats.date(request.receivedOn()),
                        Formats.date(request.deadline()),
                        request.reviews().stream()
                                .filter(review -> review.confirmed() == null)
                                .count())))));
        return list;
    }

    private String groups(HeldData data) {
        return data.groups().stream()
                .map(group -> getTranslation("group." + group))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}

package de.klimaflow.notification.backoffice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.notification.MailLog;
import de.klimaflow.notification.MailRelatedNames;
import de.klimaflow.notification.MailSearch;
import de.klimaflow.notification.MailStatus;
import de.klimaflow.notification.MailSummary;
import de.klimaflow.notification.MailTransport;
import de.klimaflow.platform.Formats;

import jakarta.annotation.security.PermitAll;

/**
 * Every mail klimaflow sent or tried to send, searchable. Without an SMTP server (the embedded
 * default) this is where staff read what would have gone out.
 */
@Route("outbox")
@PermitAll
@Menu(title = "nav.outbox", order = 90)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final MailLog log;
    private final MailTransport transport;
    private final Grid<MailSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<MailStatus> status = new Select<>();
    private final VerticalLayout details = new VerticalLayout();

    private final MailRelatedNames relatedNames;
    private final Map<Long, MailRelatedNames.Label> labels = new HashMap<>();

    public OutboxView(MailLog log, MailTransport transport, MailRelatedNames relatedNames) {
        this.log = log;
        this.transport = transport;
        this.relatedNames = relatedNames;
        setWidthFull();
        addClassName("outbox-view");

        search.setLabel(getTranslation("mail.search"));
        search.setPlaceholder(getTranslation("mail.search.placeholder"));
        search.setMaxLength(MailLog.MAX_SEARCH_LENGTH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        status.setLabel(getTranslation("mail.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.status.any"));
        status.setItemLabelGenerator(value ->
                value == null ? getTranslation("mail.status.any") : getTranslation("mail.status." + value.name()));
        status.addValueChangeListener(event -> refresh());

        grid.setAriaLabel(getTranslation("nav.outbox"));
        grid.addColumn(mail -> Formats.dateTime(mail.createdAt())).setHeader(getTranslation("mail.col.created"));
        grid.addComponentColumn(mail -> {
                    Span badge = new Span(
                            getTranslation("mail.status." + mail.status().name()));
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    switch (mail.status()) {
                                        case SENT -> "badge success";
                                        case LOGGED_ONLY -> "badge";
                                        case FAILED -> "badge error";
                                        default -> "badge contrast";
                                    });
                    return badge;
                })
                .setHeader(getTranslation("mail.status"));
        grid.addColumn(MailSummary::recipientEmail).setHeader(getTranslation("mail.col.recipient"));
        grid.addColumn(MailSummary::subject)
                .setHeader(getTranslation("mail.col.subject"))
                .setFlexGrow(2);
        // what the mail is about in words ("Veranstaltung 12: Wärmezukunft nach Plan"), not a bare number
        grid.addColumn(this::about).setHeader(getTranslation("mail.col.case"));
        grid.addColumn(MailSummary::attempts).setHeader(getTranslation("mail.col.attempts"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.asSingleSelect().addValueChangeListener(event -> showDetails(event.getValue()));
        grid.setHeight("24rem");
        details.setPadding(false);

        add(new H2(getTranslation("nav.outbox")));
        if (!transport.hasServer()) {
            // without a mail server nothing leaves the house: say so before anyone trusts a status
            Paragraph banner = new Paragraph(getTranslation("mail.noServer"));
            banner.addClassName("no-mail-server");
            banner.getElement().setAttribute("role", "status");
            banner.getStyle()
                    .set("background", "var(--lumo-warning-color-10pct, #fff3cd)")
                    .set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            add(banner);
        }
        add(new HorizontalLayout(search, status), grid, details);
        // the list keeps its height when a long mail opens below it; the page scrolls instead
        setFlexShrink(0, grid);
        refresh();
    }

    private void refresh() {
        MailSearch filter = new MailSearch(search.getValue(), status.getValue());
        grid.setItems(
                query -> {
                    List<MailSummary> page = log.search(filter, query.getOffset(), query.getLimit());
                    labels.putAll(relatedNames.of(page));
                    return page.stream();
                },
                query -> (int) log.count(filter));
    }

    private String about(MailSummary mail) {
        MailRelatedNames.Label label = labels.get(mail.id());
        if (label != null) {
            return getTranslation(label.key(), label.id(), label.name());
        }
        return mail.businessKey() == null ? "" : mail.businessKey();
    }

    private void showDetails(MailSummary mail) {
        details.removeAll();
        if (mail != null) {
            details.add(MailLogPanel.entry(this, mail));
            details.getComponentAt(0).getElement().setProperty("opened", true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox") + " · klimaflow";
    }
}

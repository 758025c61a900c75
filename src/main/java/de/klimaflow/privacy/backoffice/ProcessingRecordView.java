package de.klimaflow.privacy.backoffice;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.privacy.ProcessingRecord;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.DownloadLink;

import jakarta.annotation.security.RolesAllowed;

/** The record of processing activities (Art. 30), generated from the features, as a page and a PDF. */
@Route("privacy/record")
@RolesAllowed({Groups.MANAGEMENT, Groups.OPERATORS})
@Menu(title = "nav.processingRecord", order = 81)
public class ProcessingRecordView extends VerticalLayout implements HasDynamicTitle {

    public ProcessingRecordView(ProcessingRecord record) {
        addClassName("processing-record-view");
        setMaxWidth("60rem");
        add(new H2(getTranslation("privacy.record.title")), new Paragraph(getTranslation("privacy.record.intro")));
        for (ProcessingRecord.Activity activity : record.activities(getLocale())) {
            UnorderedList aspects = new UnorderedList();
            activity.aspects().forEach(aspect -> aspects.add(new ListItem(aspect.label() + ": " + aspect.text())));
            aspects.addClassName("processing-activity");
            add(new H3(activity.name()), aspects);
        }
        add(DownloadLink.of(this, "privacy.record.pdf", "verarbeitungsverzeichnis.pdf", () -> record.pdf(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.record.title");
    }
}

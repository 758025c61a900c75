package de.klimaflow.privacy.backoffice;

import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;

import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.privacy.ProcessingRecord;
import de.klimaflow.support.BrowserlessUi;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PdfDocuments;
import de.klimaflow.support.TestUsers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The record of processing activities follows what the features declare: every kind of data, every aspect, in words. */
@KlimaflowTest
class ProcessingRecordViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    ProcessingRecord record;

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void everyKindOfDataAFeatureDeclaresIsOnThePageAndInThePdfWithEveryAspect() throws Exception {
        long kinds =
                holders.stream().mapToLong(holder -> holder.categories().size()).sum();
        assertThat(kinds)
                .as("registrations, invitations, mails, cases, join requests, directory, contributions, speakers,"
                        + " barrier reports, comments, process variables")
                .isEqualTo(11);

        TestUsers.ensure(identityService);
        BrowserlessUi.open(context, TestUsers.MANAGEMENT);
        UI.getCurrent().navigate(ProcessingRecordView.class);
        assertThat(_find(H3.class))
                .hasSize((int) kinds)
                .extracting(H3::getText)
                .contains("Beratungsanfragen zur Stelle im Klimaschutzmanagement");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .hasSize((int) kinds * 5)
                .noneMatch(text -> text.contains("!{") || text.contains("privacy.category"))
                .anySatisfy(text -> assertThat(text).startsWith("Rechtsgrundlage: Art. 6 Abs. 1"));

        PdfDocuments.assertTitledWithEmbeddedFonts(record.pdf(Locale.ENGLISH));
        try (var document = Loader.loadPDF(record.pdf(Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Record of processing activities", "Comments on tasks", "Legal basis", "Recipients");
        }
    }
}

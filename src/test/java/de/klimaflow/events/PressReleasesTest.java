package de.klimaflow.events;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.platform.Formats;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.PdfDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing drafts the press release from the event; edits stay; Word and PDF open in real readers. */
@KlimaflowTest
class PressReleasesTest {

    @Autowired
    de.klimaflow.registration.RegistrationFixtures fixtures;

    @Autowired
    de.klimaflow.events.Venues venues;

    @Autowired
    EventService events;

    @Autowired
    PressReleases pressReleases;

    @Autowired
    PublishedEventChanges changes;

    /** The deadline moves after publication: the draft is marked out of date with what changed, and drafted again. */
    @Test
    void aChangedFactMarksTheDraftOutOfDateAndItCanBeDraftedAgain() {
        long venue = EventDraftsForTests.venue(venues);
        EventDraftsForTests.ForumDates dates = EventDraftsForTests.ForumDates.now();
        long event = events.create(EventDraftsForTests.forum(dates, venue, null));
        fixtures.approve(event);
        assertThat(pressReleases.changedSinceDraft(event)).isEmpty();

        java.time.Instant later = dates.deadline().plus(java.time.Duration.ofDays(2));
        changes.reschedule(
                event, later, dates.eveningStarts().atZone(Formats.ZONE).toLocalDate());
        assertThat(pressReleases.changedSinceDraft(event)).singleElement().satisfies(fact -> {
            assertThat(fact.label()).isEqualTo("press.fact.deadline");
            assertThat(fact.was()).isEqualTo(Formats.dateTime(dates.deadline()));
            assertThat(fact.now()).isEqualTo(Formats.dateTime(later));
        });
        assertThat(pressReleases.text(event)).contains("bis zum " + Formats.date(dates.deadline()));

        pressReleases.redraft(event);
        assertThat(pressReleases.text(event)).contains("bis zum " + Formats.date(later));
        assertThat(pressReleases.changedSinceDraft(event)).isEmpty();
    }

    @Test
    void publishingDraftsItAndEditsAreKept() throws Exception {
        long venue = EventDraftsForTests.venue(venues);
        EventDraftsForTests.ForumDates dates = EventDraftsForTests.ForumDates.now();
        long event = events.create(EventDraftsForTests.forum(dates, venue, null));
        assertThat(pressReleases.text(event)).as("no text before publication").isEmpty();
        fixtures.approve(event);

        String draft = pressReleases.text(event);
        assertThat(draft)
                .startsWith("Wärmezukunft nach Plan – Regionalforum Magdeburg")
                .contains("Oschersleben, ")
                .contains("lädt kommunale Mandatsträgerinnen und Mandatsträger")
                .contains(Formats.span(dates.eveningStarts(), dates.eveningEnds()) + " Abendveranstaltung")
                .contains("bis zum " + Formats.date(dates.deadline()))
                .contains("https://klimaflow.example/veranstaltungen/" + event)
                .contains("Pressekontakt: Eva Winkler, veranstaltungen@lena.example");

        pressReleases.save(event, "Wärmezukunft nach Plan\n\nGeänderter Text für die Presse.");
        events.publish(event); // publishing again never overwrites an edited text
        assertThat(pressReleases.text(event)).isEqualTo("Wärmezukunft nach Plan\n\nGeänderter Text für die Presse.");
        assertThatThrownBy(() -> pressReleases.save(event, " ")).isInstanceOf(IllegalArgumentException.class);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(pressReleases.docx(event)))) {
            assertThat(word.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("Wärmezukunft nach Plan", "Geänderter Text für die Presse.");
        }
        PdfDocuments.assertPdfUa(pressReleases.pdf(event));
        try (PDDocument pdf = Loader.loadPDF(pressReleases.pdf(event))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Pressemitteilung")
                    .contains("Geänderter Text für die Presse.");
        }
    }
}

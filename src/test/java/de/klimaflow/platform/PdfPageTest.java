package de.klimaflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import de.klimaflow.support.PdfDocuments;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfPageTest {

    @Test
    void aDocumentOfManyPagesWithUmlautsAndSectionsIsPdfUa() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(
                    i % 20 == 0
                            ? "# Abschnitt " + i
                            : "Zeile " + i + ": Straße, Übung, Maß – ein längerer Satz, der umbricht, "
                                    + "weil er breiter ist als die Seite zwischen ihren Rändern.");
        }
        byte[] pdf = PdfPage.lines("Auskunft für Jürgen Größe", "Stand 7. Dezember 2026", lines, Locale.GERMAN);

        PdfDocuments.assertPdfUa(pdf);
        PdfDocuments.assertTitledWithEmbeddedFonts(pdf);
    }

    @Test
    void theCheckRejectsAnUntaggedDocument() throws IOException {
        byte[] untagged;
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.showText("Teilnahmebescheinigung");
                stream.endText();
            }
            pdf.save(out);
            untagged = out.toByteArray();
        }

        assertThatThrownBy(() -> PdfDocuments.assertPdfUa(untagged)).hasMessageContaining("PDF/UA-1 failures");
        assertThatThrownBy(() -> PdfDocuments.assertTitledWithEmbeddedFonts(untagged))
                .isInstanceOf(AssertionError.class);
    }
}

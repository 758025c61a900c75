package de.klimaflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the application's PDFs, DejaVu Sans (free licence, see fonts/LICENSE-DejaVu.txt), embedded as subsets in
 * each document; the same fonts measure text outside any document.
 */
final class PdfFonts {

    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");
    private static final PDDocument METRICS = new PDDocument();
    private static final PDType0Font MEASURE_REGULAR = font(METRICS, REGULAR, false);
    private static final PDType0Font MEASURE_BOLD = font(METRICS, BOLD, false);

    private PdfFonts() {}

    static PDType0Font embedded(PDDocument pdf, boolean bold) {
        return font(pdf, bold ? BOLD : REGULAR, true);
    }

    static synchronized float width(String text, float size, boolean bold) {
        try {
            return (bold ? MEASURE_BOLD : MEASURE_REGULAR).getStringWidth(encodable(text, bold)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each character the font has no glyph for as "?". */
    static synchronized String encodable(String text, boolean bold) {
        PDType0Font font = bold ? MEASURE_BOLD : MEASURE_REGULAR;
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static PDType0Font font(PDDocument pdf, byte[] ttf, boolean subset) {
        try {
            return PDType0Font.load(pdf, new ByteArrayInputStream(ttf), subset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = Objects.requireNonNull(
                PdfFonts.class.getResourceAsStream(resource), resource + " is on the classpath")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

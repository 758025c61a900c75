package de.klimaflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One A4 page with Helvetica, for the application's PDFs; characters the font cannot show become "?". */
public final class PdfPage {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    public static final float MARGIN = 50;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 30, MARGIN + 200, MARGIN + 350, PDRectangle.A4.getWidth() - MARGIN};
    private final PDPageContentStream stream;

    public PdfPage(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float heading(String title, String subtitle) {
        float y = PDRectangle.A4.getHeight() - MARGIN - 10;
        text(MARGIN, y, 16, true, title);
        text(MARGIN, y - 20, 10, false, subtitle);
        return y - 40;
    }

    public void row(float y, boolean header, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            text(COLUMNS[i] + 4, y - 17, 10, header, cells[i]);
        }
        line(MARGIN, y - 26, COLUMNS[COLUMNS.length - 1], y - 26);
    }

    public void text(float x, float y, float size, boolean bold, String text) {
        run(() -> {
            PDType1Font font = bold ? BOLD : REGULAR;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(encodable(font, text));
            stream.endText();
        });
    }

    public void line(float x1, float y1, float x2, float y2) {
        run(() -> {
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        });
    }

    public void box(float x, float y, float w, float h) {
        run(() -> {
            stream.addRect(x + 4, y + 4, w - 8, h - 8);
            stream.stroke();
        });
    }

    public void close() {
        run(stream::close);
    }

    private static String encodable(PDType1Font font, String text) {
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

    /**
     * A plain document: a heading, then the lines in order, wrapped at the page width and continued on
     * as many pages as they need. A line starting with "# " is a bold section title.
     */
    public static byte[] lines(String title, String subtitle, java.util.List<String> lines) {
        return document(document -> {
            PdfPage page = new PdfPage(document);
            float y = page.heading(title, subtitle);
            for (String line : lines) {
                boolean section = line.startsWith("# ");
                for (String piece : wrap(section ? line.substring(2) : line, 95)) {
                    if (y < MARGIN + 20) {
                        page.close();
                        page = new PdfPage(document);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    page.text(MARGIN, y, section ? 12 : 10, section, piece);
                    y -= section ? 18 : 14;
                }
            }
            page.close();
        });
    }

    private static java.util.List<String> wrap(String line, int width) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        String rest = line.replaceAll("[\\r\\n\\t]", " ");
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private interface PdfAction {
        void run() throws IOException;
    }

    private static void run(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole PDF: {@code content} adds its pages; an empty document gets one blank page. */
    public static byte[] document(Consumer<PDDocument> content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            if (document.getNumberOfPages() == 0) {
                new PdfPage(document).close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package de.klimaflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
    private static final float[] COLUMNS = {
        MARGIN, MARGIN + 30, MARGIN + 200, MARGIN + 350, PDRectangle.A4.getWidth() - MARGIN
    };
    /** The writable width between the margins. */
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

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

    /** Title and subtitle; a long subtitle wraps within the margins instead of running off the page. */
    public float heading(String title, String subtitle) {
        float y = PDRectangle.A4.getHeight() - MARGIN - 10;
        text(MARGIN, y, 16, true, fit(BOLD, title, 16, WIDTH));
        y -= 20;
        for (String line : wrapToWidth(REGULAR, subtitle, 10, WIDTH)) {
            text(MARGIN, y, 10, false, line);
            y -= 14;
        }
        return y - 6;
    }

    /** One table row; a cell longer than its column ends in "…" rather than writing over the next one. */
    public void row(float y, boolean header, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            text(
                    COLUMNS[i] + 4,
                    y - 17,
                    10,
                    header,
                    fit(header ? BOLD : REGULAR, cells[i], 10, COLUMNS[i + 1] - COLUMNS[i] - 8));
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

    /** Text that ends in "…" where it would pass {@code maxWidth}. */
    public void text(float x, float y, float size, boolean bold, String text, float maxWidth) {
        text(x, y, size, bold, fit(bold ? BOLD : REGULAR, text, size, maxWidth));
    }

    /** Text in lines that fit the width, broken at spaces. */
    public static List<String> wrap(String text, float size, boolean bold, float maxWidth) {
        return wrapToWidth(bold ? BOLD : REGULAR, text, size, maxWidth);
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

    private static float width(PDType1Font font, String text, float size) {
        try {
            return font.getStringWidth(encodable(font, text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, shortened with "…" to fit the width. */
    private static String fit(PDType1Font font, String text, float size, float maxWidth) {
        if (width(font, text, size) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && width(font, shorter + "…", size) > maxWidth) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.stripTrailing() + "…";
    }

    /** The text in lines that fit the width, broken at spaces where there are some. */
    private static List<String> wrapToWidth(PDType1Font font, String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("\\s+", " ").strip();
        while (width(font, rest, size) > maxWidth) {
            int cut = rest.length();
            while (cut > 1 && width(font, rest.substring(0, cut), size) > maxWidth) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            cut = space > 0 ? space : cut;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
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
    public static byte[] lines(String title, String subtitle, List<String> lines) {
        return document(document -> {
            PdfPage page = new PdfPage(document);
            float y = page.heading(title, subtitle);
            for (String line : lines) {
                boolean section = line.startsWith("# ");
                for (String piece : wrap(section ? line.substring(2) : line, section ? 12 : 10, section, WIDTH)) {
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
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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

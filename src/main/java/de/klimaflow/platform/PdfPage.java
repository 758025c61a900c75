package de.klimaflow.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.jspecify.annotations.Nullable;

/**
 * One A4 page of the application's PDFs, tagged for screen readers (PDF/UA): every text is a paragraph or heading
 * of the document's structure in reading order, lines and boxes are artifacts, and the fonts (DejaVu Sans, which
 * carries the umlauts and most scripts) are embedded. Characters the font cannot show become "?". Pages belong to a
 * document made with {@link #document}, which gives it its title and language.
 */
public final class PdfPage {

    public static final float MARGIN = 50;
    private static final float[] COLUMNS = {
        MARGIN, MARGIN + 30, MARGIN + 200, MARGIN + 350, PDRectangle.A4.getWidth() - MARGIN
    };
    /** The writable width between the margins. */
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /** The document being made on this thread, with its fonts and structure. */
    private static final ThreadLocal<@Nullable TaggedDocument> CURRENT = new ThreadLocal<>();

    private final TaggedDocument document;
    private final PDPage page;
    private final PDPageContentStream stream;
    private final List<PDStructureElement> marked = new ArrayList<>();

    public PdfPage(PDDocument pdf) {
        TaggedDocument current = CURRENT.get();
        if (current == null || current.pdf() != pdf) {
            throw new IllegalStateException("a page belongs to a document made with PdfPage.document");
        }
        this.document = current;
        this.page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        // the reading order is the structure's, for links and fields too
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        try {
            stream = new PDPageContentStream(pdf, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title (the page's heading) and subtitle; a long subtitle wraps within the margins. */
    public float heading(String title, String subtitle) {
        float y = PDRectangle.A4.getHeight() - MARGIN - 10;
        tagged(StandardStructureTypes.H1, MARGIN, y, 16, true, fit(title, 16, true, WIDTH));
        y -= 20;
        for (String line : wrap(subtitle, 10, false, WIDTH)) {
            text(MARGIN, y, 10, false, line);
            y -= 14;
        }
        return y - 6;
    }

    /** One table row; a cell longer than its column ends in "…" rather than writing over the next one. */
    public void row(float y, boolean header, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            text(COLUMNS[i] + 4, y - 17, 10, header, fit(cells[i], 10, header, COLUMNS[i + 1] - COLUMNS[i] - 8));
        }
        line(MARGIN, y - 26, COLUMNS[COLUMNS.length - 1], y - 26);
    }

    /** A paragraph of one line. */
    public void text(float x, float y, float size, boolean bold, String text) {
        tagged(StandardStructureTypes.P, x, y, size, bold, text);
    }

    /** A title (a first-level heading) placed freely. */
    public void title(float x, float y, float size, String text) {
        tagged(StandardStructureTypes.H1, x, y, size, true, text);
    }

    /** A section title (a second-level heading). */
    public void section(float x, float y, float size, String text) {
        tagged(StandardStructureTypes.H2, x, y, size, true, text);
    }

    /** Text that ends in "…" where it would pass {@code maxWidth}. */
    public void text(float x, float y, float size, boolean bold, String text, float maxWidth) {
        text(x, y, size, bold, fit(text, size, bold, maxWidth));
    }

    /** Text in lines that fit the width, broken at spaces. */
    public static List<String> wrap(String text, float size, boolean bold, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("\\s+", " ").strip();
        while (PdfFonts.width(rest, size, bold) > maxWidth) {
            int cut = rest.length();
            while (cut > 1 && PdfFonts.width(rest.substring(0, cut), size, bold) > maxWidth) {
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

    public void line(float x1, float y1, float x2, float y2) {
        artifact(() -> {
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        });
    }

    public void box(float x, float y, float w, float h) {
        artifact(() -> {
            stream.addRect(x + 4, y + 4, w - 8, h - 8);
            stream.stroke();
        });
    }

    public void close() {
        run(stream::close);
        document.pageDone(page, marked);
    }

    /** One line of text as a structure element of its own, marked with its MCID on the page. */
    private void tagged(String type, float x, float y, float size, boolean bold, String text) {
        String shown = PdfFonts.encodable(text, bold);
        if (shown.isBlank()) {
            return;
        }
        int mcid = marked.size();
        marked.add(document.element(type, page, mcid));
        run(() -> {
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(document.font(bold), size);
            stream.newLineAtOffset(x, y);
            stream.showText(shown);
            stream.endText();
            stream.endMarkedContent();
        });
    }

    private void artifact(PdfAction drawing) {
        run(() -> {
            stream.beginMarkedContent(COSName.ARTIFACT);
            drawing.run();
            stream.endMarkedContent();
        });
    }

    /** The text, shortened with "…" to fit the width. */
    private static String fit(String text, float size, boolean bold, float maxWidth) {
        if (PdfFonts.width(text, size, bold) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && PdfFonts.width(shorter + "…", size, bold) > maxWidth) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.stripTrailing() + "…";
    }

    /**
     * A plain document: a heading, then the lines in order, wrapped at the page width and continued on as many pages
     * as they need. A line starting with "# " is a section title.
     */
    public static byte[] lines(String title, String subtitle, List<String> lines, Locale language) {
        return document(title, language, document -> {
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
                    if (section) {
                        page.section(MARGIN, y, 12, piece);
                    } else {
                        page.text(MARGIN, y, 10, false, piece);
                    }
                    y -= section ? 18 : 14;
                }
            }
            page.close();
        });
    }

    interface PdfAction {
        void run() throws IOException;
    }

    static void run(PdfAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole PDF with its title and language, tagged for screen readers: {@code content} adds its pages (each closed);
     * an empty document gets one blank page.
     */
    public static byte[] document(String title, Locale language, Consumer<PDDocument> content) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TaggedDocument tagged = new TaggedDocument(pdf, title, language);
            CURRENT.set(tagged);
            try {
                content.accept(pdf);
                if (pdf.getNumberOfPages() == 0) {
                    new PdfPage(pdf).close();
                }
            } finally {
                CURRENT.remove();
            }
            tagged.finish();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

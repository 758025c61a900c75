package de.klimaflow.platform;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a PDF that make it readable by assistive technology (PDF/UA-1): a structure tree in reading order whose
 * elements point at the marked content of the pages, the title shown in the viewer's title bar, the language, and the
 * metadata that claims PDF/UA. {@link PdfPage} fills it page by page.
 */
final class TaggedDocument {

    private final PDDocument pdf;
    private final String title;
    private final Locale language;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private @Nullable PDType0Font regular;
    private @Nullable PDType0Font bold;

    TaggedDocument(PDDocument pdf, String title, Locale language) {
        this.pdf = pdf;
        this.title = title;
        this.language = language;
        this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(body);
    }

    PDDocument pdf() {
        return pdf;
    }

    /** The embedded font, loaded once per document (each embeds the subset its text uses). */
    PDType0Font font(boolean boldFace) {
        if (boldFace) {
            if (bold == null) {
                bold = PdfFonts.embedded(pdf, true);
            }
            return bold;
        }
        if (regular == null) {
            regular = PdfFonts.embedded(pdf, false);
        }
        return regular;
    }

    /** A new element of the body, in reading order, for the marked content {@code mcid} of the page. */
    PDStructureElement element(String type, PDPage page, int mcid) {
        PDStructureElement element = new PDStructureElement(type, body);
        element.setPage(page);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        body.appendKid(element);
        return element;
    }

    /** The page's marked content, by MCID, goes into the parent tree under the page's key. */
    void pageDone(PDPage page, List<PDStructureElement> marked) {
        int key = parentTree.size();
        page.setStructParents(key);
        COSArray elements = new COSArray();
        marked.forEach(element -> elements.add(element.getCOSObject()));
        parentTree.put(key, new PDParentTreeValue(elements));
    }

    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setLanguage(language.toLanguageTag());
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("klimaflow");
        PdfPage.run(() -> {
            PDMetadata metadata = new PDMetadata(pdf, new ByteArrayInputStream(xmp().getBytes(StandardCharsets.UTF_8)));
            catalog.setMetadata(metadata);
        });
    }

    /** XMP with the title (Dublin Core) and the PDF/UA-1 claim. */
    private String xmp() {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>" + language.toLanguageTag() + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<pdfuaid:part>1</pdfuaid:part></rdf:Description>"
                + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }
}

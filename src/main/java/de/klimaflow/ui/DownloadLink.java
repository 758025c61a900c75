package de.klimaflow.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A download link of a staff view whose file is made only when it is clicked. The answer always says
 * {@code Content-Disposition: attachment}: a stored file is saved, never shown by the browser in the app's origin.
 */
public final class DownloadLink {

    /** The label is the translation of {@code labelKey}; the CSS class "download-<last part of the key>" finds it in tests. */
    public static Anchor of(Component i18n, String labelKey, String fileName, Supplier<byte[]> file) {
        Anchor link = named(i18n.getTranslation(labelKey), fileName, file);
        link.addClassName("download-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return link;
    }

    /** A link whose label is given as it is, e.g. a stored document's file name. */
    public static Anchor named(String label, String fileName, Supplier<byte[]> file) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = file.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, null, bytes.length);
                }),
                label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private DownloadLink() {}
}

package de.klimaflow.ui;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import de.klimaflow.platform.UploadedFiles;

/**
 * One file to a service. Whatever the request (multipart or a raw body, any content type, with or without a length),
 * it is read only as far as the size limit, and a refused file answers 413, so that the upload field shows it failed.
 * The limits are also Vaadin's own for multipart requests.
 *
 * @param <T> what the service returns for a stored file
 */
public final class LimitedUpload<T> implements UploadHandler {

    /** The service's store step; throws {@link UploadedFiles.Refused} for a file it will not keep. */
    public interface Store<T> {
        T store(String fileName, byte[] content);
    }

    /** What became of one upload: the stored file, or the message key of why it was refused. */
    public interface Outcome<T> {
        void handled(@Nullable T stored, String refusedKey);
    }

    private final int maxBytes;
    private final String tooLargeKey;
    private final Store<T> store;
    private final Outcome<T> outcome;

    public LimitedUpload(int maxBytes, String tooLargeKey, Store<T> store, Outcome<T> outcome) {
        this.maxBytes = maxBytes;
        this.tooLargeKey = tooLargeKey;
        this.store = store;
        this.outcome = outcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            byte[] bytes = UploadedFiles.readWithinLimit(event.getInputStream(), maxBytes, tooLargeKey);
            outcome.handled(store.store(event.getFileName(), bytes), "");
        } catch (UploadedFiles.Refused refused) {
            event.getResponse().setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
            outcome.handled(null, refused.messageKey());
        }
    }

    /** A refusal's status stays; Vaadin would overwrite it with 200. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (!(response instanceof VaadinServletResponse servlet && servlet.getStatus() >= 400)) {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}

package de.klimaflow.consultation.backoffice;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import de.klimaflow.consultation.CaseDocuments;

/**
 * The upload of a case document. Whatever the request (multipart or a raw body, any content type, with or
 * without a length), it is read only as far as the size limit, and a refused file answers 413, so that the
 * upload field shows it failed. The limits are also Vaadin's own for multipart requests.
 */
final class CaseDocumentUpload implements UploadHandler {

    /** What became of one upload: the stored document, or the message key of why it was refused. */
    interface Outcome {
        void handled(CaseDocuments.@Nullable Document stored, String refusedKey);
    }

    private final CaseDocuments documents;
    private final long caseId;
    private final Outcome outcome;

    CaseDocumentUpload(CaseDocuments documents, long caseId, Outcome outcome) {
        this.documents = documents;
        this.caseId = caseId;
        this.outcome = outcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try {
            byte[] bytes = CaseDocuments.readWithinLimit(event.getInputStream());
            outcome.handled(documents.upload(caseId, event.getFileName(), bytes), "");
        } catch (CaseDocuments.Refused refused) {
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
        return CaseDocuments.MAX_BYTES + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return CaseDocuments.MAX_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}

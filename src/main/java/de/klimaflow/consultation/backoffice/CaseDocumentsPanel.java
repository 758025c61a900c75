package de.klimaflow.consultation.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

import de.klimaflow.consultation.CaseDocuments;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FileUploads;

/** A case's documents as downloads, and for advisors the upload (PDF and office files, 10 MB). */
class CaseDocumentsPanel extends Composite<VerticalLayout> {

    CaseDocumentsPanel(CaseDocuments documents, UserDirectory users, long caseId, boolean advisor, Runnable saved) {
        VerticalLayout section = getContent();
        section.setPadding(false);
        UnorderedList list = new UnorderedList();
        list.addClassName("case-documents");
        for (CaseDocuments.Document document : documents.documents(caseId)) {
            list.add(new ListItem(
                    DownloadLink.named(
                            document.fileName(),
                            document.fileName(),
                            () -> documents.content(caseId, document.id()).orElse(new byte[0])),
                    new com.vaadin.flow.component.html.Span(" · " + Formats.dateTime(document.uploadedAt()) + " · "
                            + users.displayName(document.uploadedBy()))));
        }
        section.add(list);
        if (advisor) {
            Upload upload = FileUploads.of(
                    this,
                    CaseDocuments.MAX_BYTES,
                    "case.document.tooLarge",
                    (fileName, content) -> documents.upload(caseId, fileName, content),
                    stored -> {
                        Notification.show(getTranslation("case.document.saved", stored.fileName()));
                        saved.run();
                    },
                    ".pdf",
                    ".docx",
                    ".xlsx",
                    ".odt");
            upload.addClassName("case-upload");
            section.add(new Paragraph(getTranslation("case.document.hint")), upload);
        }
    }
}

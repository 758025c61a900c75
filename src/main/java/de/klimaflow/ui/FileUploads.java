package de.klimaflow.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The one way a staff page takes a file: one file at a time, read within its limit by {@link LimitedUpload}, labelled
 * in the user's language, and ready for the next file after a stored or a refused one (Vaadin's single-file upload
 * would otherwise answer "Too Many Files" until the page is reloaded).
 */
public final class FileUploads {

    private FileUploads() {}

    /**
     * @param stored  runs with the UI's lock once the service stored the file
     * @param types   the accepted types, for the browser's file picker (the service judges the bytes)
     */
    public static <T> Upload of(
            Component i18n,
            int maxBytes,
            String tooLargeKey,
            LimitedUpload.Store<T> store,
            Consumer<T> stored,
            String... types) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        // the handler runs in the upload's own request (signed in, without the UI lock): store there, then show
        upload.setUploadHandler(new LimitedUpload<T>(
                maxBytes,
                tooLargeKey,
                store,
                (file, refusedKey) -> ui.access(() -> {
                    upload.clearFileList();
                    if (file != null) {
                        stored.accept(file);
                    } else {
                        Notification.show(i18n.getTranslation(refusedKey));
                    }
                })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(types);
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage()));
        upload.setI18n(i18n(i18n));
        return upload;
    }

    /** Every text of the upload field from the bundles. */
    static UploadI18N i18n(Component i18n) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(i18n.getTranslation("upload.drop.one"))
                .setMany(i18n.getTranslation("upload.drop.many")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(i18n.getTranslation("upload.add.one"))
                .setMany(i18n.getTranslation("upload.add.many")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(i18n.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(i18n.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(i18n.getTranslation("upload.error.type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(i18n.getTranslation("upload.status.connecting"))
                        .setStalled(i18n.getTranslation("upload.status.stalled"))
                        .setProcessing(i18n.getTranslation("upload.status.processing"))
                        .setHeld(i18n.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(i18n.getTranslation("upload.remaining"))
                        .setUnknown(i18n.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(i18n.getTranslation("upload.failed.server"))
                        .setUnexpectedServerError(i18n.getTranslation("upload.failed.refused"))
                        .setForbidden(i18n.getTranslation("upload.failed.forbidden"))));
        texts.setFile(new UploadI18N.File()
                .setRetry(i18n.getTranslation("upload.file.retry"))
                .setStart(i18n.getTranslation("upload.file.start"))
                .setRemove(i18n.getTranslation("upload.file.remove")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }
}

package de.klimaflow.privacy.backoffice;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.ErasureRequests;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/**
 * Files an erasure request for one address: when it reached the agency (the legal month runs from then) and the
 * language of the reply. Then the request's own page opens.
 */
class FileRequestDialog extends Dialog {

    FileRequestDialog(ErasureRequests requests, String address, LocalDate today) {
        setHeaderTitle(getTranslation("privacy.request.file.title", address));
        addClassName("privacy-file-request");
        DatePicker received = new DatePicker(getTranslation("privacy.request.receivedOn"));
        DatePickers.german(received);
        received.setValue(today);
        received.setMax(today);
        received.setMin(today.minusMonths(1));
        received.setRequiredIndicatorVisible(true);
        received.addClassName("privacy-received");
        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("privacy.request.language"));
        language.setItems(Locale.GERMAN, Locale.ENGLISH);
        language.setItemLabelGenerator(locale -> getTranslation("privacy.request.language." + locale.getLanguage()));
        language.setValue(Locale.GERMAN);
        language.addClassName("privacy-language");
        Button file = new Button(getTranslation("privacy.request.file"), click -> {
            if (FieldErrors.refuseIf(
                    this, received, received.getValue() == null, "privacy.request.receivedOutOfRange")) {
                return;
            }
            try {
                long id = requests.file(address, language.getValue(), received.getValue());
                // the dialog leaves the UI when it closes: navigate first
                getUI().ifPresent(ui -> ui.navigate(Links.privacyRequest(id).substring(1)));
                close();
            } catch (FieldProblems refused) {
                FieldErrors.show(this, Map.of("receivedOn", received), refused, received);
            }
        });
        file.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        file.addClassName("privacy-file");
        Button cancel = new Button(getTranslation("privacy.erase.keep"), click -> close());
        add(new Paragraph(getTranslation("privacy.request.file.consequence")), received, language);
        getFooter().add(cancel, file);
    }
}

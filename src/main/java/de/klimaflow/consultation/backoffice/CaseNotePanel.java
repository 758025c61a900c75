package de.klimaflow.consultation.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.ui.FieldErrors;

/** A call or a note for the case's timeline. */
class CaseNotePanel extends Composite<Details> {

    CaseNotePanel(ConsultationService cases, long caseId, Runnable saved) {
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("case.note.kind"));
        kind.setItems(true, false);
        kind.setItemLabelGenerator(call -> getTranslation(call ? "case.entry.CALL" : "case.entry.NOTE"));
        kind.setValue(true);
        TextArea text = new TextArea(getTranslation("case.note.text"));
        text.setMaxLength(ConsultationService.MAX_NOTE);
        text.setWidthFull();
        text.addClassName("case-note-text");
        Button save = new Button(getTranslation("case.note.save"), click -> {
            if (FieldErrors.refuseIf(this, text, text.getValue().isBlank(), "case.error.required")) {
                return;
            }
            cases.addNote(caseId, kind.getValue(), text.getValue());
            saved.run();
        });
        save.addClassName("case-note-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("case.note"));
        details.add(new VerticalLayout(kind, text, save));
        details.addClassName("case-note");
    }
}

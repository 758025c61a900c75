package de.klimaflow.consultation.backoffice;

import java.time.Clock;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** The funding decision the municipality received: granted or not, and when. */
class CaseDecisionPanel extends Composite<Details> {

    CaseDecisionPanel(ConsultationFlow consultations, long caseId, Clock clock, Runnable saved) {
        RadioButtonGroup<Boolean> granted = new RadioButtonGroup<>(getTranslation("case.decision.result"));
        granted.setItems(true, false);
        granted.setItemLabelGenerator(yes -> getTranslation(yes ? "case.decision.granted" : "case.decision.rejected"));
        granted.addClassName("case-decision-result");
        DatePicker on = new DatePicker(getTranslation("case.decision.date"));
        DatePickers.german(on);
        on.setMax(Formats.today(clock));
        on.addClassName("case-decision-date");
        TextArea note = new TextArea(getTranslation("case.field.note"));
        note.setMaxLength(ConsultationService.MAX_NOTE);
        note.setWidthFull();
        Button save = new Button(getTranslation("case.decision.save"), click -> {
            FieldErrors.refuseIf(this, granted, granted.getValue() == null, "case.error.required");
            FieldErrors.refuseIf(
                    this,
                    on,
                    on.getValue() == null || on.getValue().isAfter(Formats.today(clock)),
                    "case.decision.dateRequired");
            if (granted.isInvalid() || on.isInvalid()) {
                return;
            }
            consultations.recordDecision(caseId, granted.getValue(), on.getValue(), note.getValue());
            Notification.show(getTranslation("case.decision.saved"));
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("case-decision-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("case.decision"));
        details.add(new VerticalLayout(granted, on, note, save));
        details.setOpened(true);
        details.addClassName("case-decision");
    }
}

package de.klimaflow.consultation.backoffice;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.FundingProgrammes;
import de.klimaflow.consultation.Grant;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.platform.Formats;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** The funding decision the municipality received: granted or not, when, and what (programme, share or amount, period). */
class CaseDecisionPanel extends Composite<Details> {

    CaseDecisionPanel(
            ConsultationFlow consultations,
            List<FundingProgrammes.Programme> programmes,
            long caseId,
            Clock clock,
            Runnable saved) {
        RadioButtonGroup<Boolean> granted = new RadioButtonGroup<>(getTranslation("case.decision.result"));
        granted.setItems(true, false);
        granted.setItemLabelGenerator(yes -> getTranslation(yes ? "case.decision.granted" : "case.decision.rejected"));
        granted.addClassName("case-decision-result");
        DatePicker on = new DatePicker(getTranslation("case.decision.date"));
        DatePickers.german(on);
        on.setMax(Formats.today(clock));
        on.addClassName("case-decision-date");
        // a grant: which programme, what share or amount, for how long (the directory shows it)
        Select<FundingProgrammes.Programme> programme = new Select<>();
        programme.setLabel(getTranslation("case.decision.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(FundingProgrammes.Programme::name);
        programme.addClassName("case-decision-programme");
        IntegerField share = new IntegerField(getTranslation("case.decision.share"));
        share.setMin(1);
        share.setMax(100);
        share.addClassName("case-decision-share");
        IntegerField amount = new IntegerField(getTranslation("case.decision.amount"));
        amount.setMin(1);
        amount.addClassName("case-decision-amount");
        IntegerField months = new IntegerField(getTranslation("case.decision.months"));
        months.setMin(1);
        months.setMax(120);
        months.addClassName("case-decision-months");
        programme.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                share.setValue(chosen.getValue().costShare());
                months.setValue(chosen.getValue().durationMonths());
            }
        });
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
            boolean grant = Boolean.TRUE.equals(granted.getValue());
            FieldErrors.refuseIf(
                    this, programme, grant && programme.getValue() == null, "case.decision.programmeRequired");
            Integer percent = share.getValue();
            Integer euro = amount.getValue();
            FieldErrors.refuseIf(
                    this,
                    share,
                    grant && (percent == null || percent < 1 || percent > 100) && (euro == null || euro < 1),
                    "case.decision.shareOrAmount");
            FieldErrors.refuseIf(
                    this,
                    months,
                    grant && (months.getValue() == null || months.getValue() < 1 || months.getValue() > 120),
                    "case.decision.monthsRequired");
            if (granted.isInvalid()
                    || on.isInvalid()
                    || programme.isInvalid()
                    || share.isInvalid()
                    || months.isInvalid()) {
                return;
            }
            consultations.recordDecision(
                    caseId,
                    granted.getValue(),
                    on.getValue(),
                    note.getValue(),
                    grant
                            ? new Grant(
                                    programme.getValue().code(),
                                    percent,
                                    euro == null ? null : euro.longValue(),
                                    months.getValue())
                            : null);
            Notification.show(getTranslation("case.decision.saved"));
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("case-decision-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("case.decision"));
        details.add(new VerticalLayout(granted, on, programme, share, amount, months, note, save));
        details.setOpened(true);
        details.addClassName("case-decision");
    }
}

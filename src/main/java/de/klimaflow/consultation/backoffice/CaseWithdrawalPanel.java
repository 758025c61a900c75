package de.klimaflow.consultation.backoffice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.ui.FieldErrors;

/** The municipality withdrew: the reason, and the case ends. */
class CaseWithdrawalPanel extends Composite<Details> {

    CaseWithdrawalPanel(ConsultationFlow consultations, long caseId, Runnable saved) {
        TextArea reason = new TextArea(getTranslation("case.withdraw.reason"));
        reason.setMaxLength(ConsultationService.MAX_NOTE);
        reason.setWidthFull();
        reason.addClassName("case-withdraw-reason");
        Button withdraw = new Button(getTranslation("case.withdraw.save"), click -> {
            if (FieldErrors.refuseIf(this, reason, reason.getValue().isBlank(), "case.withdraw.reasonRequired")) {
                return;
            }
            // the case closes for good: asked first
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("case.withdraw.confirm"));
            confirm.setText(getTranslation("case.withdraw.consequence"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("case.withdraw.keep"));
            confirm.setConfirmText(getTranslation("case.withdraw.save"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(confirmed -> {
                consultations.withdraw(caseId, reason.getValue());
                Notification.show(getTranslation("case.withdraw.saved"));
                saved.run();
            });
            confirm.open();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClassName("case-withdraw-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("case.withdraw"));
        details.add(new VerticalLayout(new Paragraph(getTranslation("case.withdraw.hint")), reason, withdraw));
        details.addClassName("case-withdraw");
    }
}

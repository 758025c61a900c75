package de.klimaflow.consultation.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.security.Groups;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.ui.FieldErrors;

/** The case handed to another advisor, with its open tasks. */
class CaseHandOverPanel extends Composite<Details> {

    CaseHandOverPanel(ConsultationFlow consultations, UserDirectory users, long caseId, Runnable saved) {
        ComboBox<UserDirectory.StaffContact> advisor = new ComboBox<>(getTranslation("case.reassign.to"));
        advisor.setItems(users.membersOf(List.of(Groups.ADVISORS)));
        advisor.setItemLabelGenerator(UserDirectory.StaffContact::name);
        Button save = new Button(getTranslation("case.reassign.save"), click -> {
            if (FieldErrors.refuseIf(this, advisor, advisor.getValue() == null, "case.error.required")) {
                return;
            }
            consultations.reassign(caseId, advisor.getValue().userId());
            saved.run();
        });
        save.addClassName("case-reassign-save");
        Details details = getContent();
        details.setSummaryText(getTranslation("case.reassign"));
        details.add(new VerticalLayout(advisor, save));
        details.addClassName("case-reassign");
    }
}

package de.klimaflow.consultation.backoffice;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.consultation.CaseColleagues;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.regions.Colleagues;

/**
 * Up to three managers of similar municipalities who agreed to be contacted, and the introduction that mails both
 * sides after the advisor confirms it.
 */
class CaseColleaguesPanel extends Composite<Details> {

    CaseColleaguesPanel(CaseColleagues colleagues, ConsultationFlow consultations, long caseId, Runnable introduced) {
        List<Colleagues.Colleague> proposed = colleagues.proposals(caseId);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(
                new Paragraph(getTranslation(proposed.isEmpty() ? "case.colleagues.none" : "case.colleagues.hint")));
        UnorderedList list = new UnorderedList();
        list.addClassName("case-colleagues");
        for (Colleagues.Colleague colleague : proposed) {
            Button introduce = new Button(getTranslation("case.colleagues.introduce"), click -> {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(getTranslation("case.colleagues.introduce.confirm", colleague.name()));
                dialog.setText(getTranslation("case.colleagues.introduce.consequence", colleague.name()));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("case.colleagues.introduce.keep"));
                dialog.setConfirmText(getTranslation("case.colleagues.introduce"));
                dialog.addConfirmListener(confirmed -> {
                    try {
                        consultations.introduce(caseId, colleague.id());
                        Notification.show(getTranslation("case.colleagues.introduced", colleague.name()));
                    } catch (IllegalStateException withdrawn) {
                        Notification.show(getTranslation("case.colleagues.withdrawn", colleague.name()));
                    }
                    introduced.run();
                });
                dialog.open();
            });
            introduce.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            introduce.setAriaLabel(getTranslation("case.colleagues.introduce") + ": " + colleague.name());
            introduce.addClassName("case-introduce");
            list.add(new ListItem(
                    new Span(getTranslation(
                            "case.colleagues.line", colleague.name(), colleague.municipality(), colleague.district())),
                    introduce));
        }
        content.add(list);
        Details details = getContent();
        details.setSummaryText(getTranslation("case.colleagues"));
        details.add(content);
        details.addClassName("case-colleagues-panel");
    }
}

package de.klimaflow.consultation.process;

import java.util.List;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.InfoPackages;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;

/** The mails of the consultation process: the information package with the checklist. */
@Component
class ConsultationMails implements MailComposer {

    private final InfoPackages packages;

    ConsultationMails(InfoPackages packages) {
        this.packages = packages;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return ConsultationProcess.PROCESS_KEY.equals(processDefinitionKey)
                && ConsultationProcess.MAIL_INFO_PACKAGE.equals(kind);
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        return List.of(packages.letter(Long.parseLong(context.businessKey())));
    }
}

package de.klimaflow.consultation.process;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.CaseDetails;
import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.InfoPackages;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.MailAddresses;
import de.klimaflow.security.UserDirectory;

/**
 * The mails of the consultation process: the acknowledgement of a request from the website, and the information
 * package with the checklist.
 */
@Component
class ConsultationMails implements MailComposer {

    private final InfoPackages packages;
    private final CaseQueries cases;
    private final UserDirectory users;

    ConsultationMails(InfoPackages packages, CaseQueries cases, UserDirectory users) {
        this.packages = packages;
        this.cases = cases;
        this.users = users;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return ConsultationProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (ConsultationProcess.MAIL_INFO_PACKAGE.equals(kind)
                        || ConsultationProcess.MAIL_RECEIVED.equals(kind));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long caseId = Long.parseLong(context.businessKey());
        if (ConsultationProcess.MAIL_INFO_PACKAGE.equals(kind)) {
            return List.of(packages.letter(caseId));
        }
        CaseDetails details = cases.details(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        // staff entered a call or a letter: the person knows already, and may have given no address to write to
        if (details.channel() != Channel.WEB || !MailAddresses.isValid(details.contactEmail())) {
            return List.of();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", "#" + details.id());
        model.put("municipality", details.municipality());
        Optional<UserDirectory.StaffContact> advisor =
                Optional.ofNullable(details.advisor()).flatMap(users::contact);
        model.put("advisorName", advisor.map(UserDirectory.StaffContact::name).orElse(null));
        model.put("advisorEmail", advisor.map(UserDirectory.StaffContact::email).orElse(null));
        return List.of(new MailRequest(
                kind,
                new Recipient(details.contactName(), details.contactEmail(), Locale.GERMAN),
                model,
                null,
                ConsultationService.RELATED_TYPE,
                Long.toString(caseId)));
    }
}

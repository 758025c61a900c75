package de.klimaflow.consultation.process;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.CaseColleagues;
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
import de.klimaflow.regions.Colleagues;
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
    private final CaseColleagues colleagues;

    ConsultationMails(InfoPackages packages, CaseQueries cases, UserDirectory users, CaseColleagues colleagues) {
        this.packages = packages;
        this.cases = cases;
        this.users = users;
        this.colleagues = colleagues;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return ConsultationProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (ConsultationProcess.MAIL_INFO_PACKAGE.equals(kind)
                        || ConsultationProcess.MAIL_RECEIVED.equals(kind)
                        || ConsultationProcess.MAIL_INTRODUCTION.equals(kind));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long caseId = Long.parseLong(context.businessKey());
        if (ConsultationProcess.MAIL_INFO_PACKAGE.equals(kind)) {
            return List.of(packages.letter(caseId));
        }
        CaseDetails details = cases.details(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        if (ConsultationProcess.MAIL_INTRODUCTION.equals(kind)) {
            return introduction(details, context);
        }
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

    /**
     * The same mail to both sides, each with the other's address. A colleague who withdrew their consent since gets
     * none, and the municipality does not get their address either.
     */
    private List<MailRequest> introduction(CaseDetails details, MailContext context) {
        long colleagueId = ((Number)
                        Objects.requireNonNull(context.variables().get(ConsultationProcess.VAR_COLLEAGUE_ID)))
                .longValue();
        Optional<Colleagues.Colleague> found = colleagues.consenting(colleagueId);
        if (found.isEmpty() || !MailAddresses.isValid(details.contactEmail())) {
            return List.of();
        }
        Colleagues.Colleague colleague = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", details.municipality());
        model.put("contactName", details.contactName());
        model.put("contactEmail", details.contactEmail());
        model.put("colleagueName", colleague.name());
        model.put("colleagueMunicipality", colleague.municipality());
        model.put("colleagueEmail", colleague.email());
        model.put(
                "advisorName",
                Optional.ofNullable(details.advisor())
                        .flatMap(users::contact)
                        .map(UserDirectory.StaffContact::name)
                        .orElse(null));
        return List.of(
                new MailRequest(
                        ConsultationProcess.MAIL_INTRODUCTION,
                        new Recipient(details.contactName(), details.contactEmail(), Locale.GERMAN),
                        model,
                        null,
                        ConsultationService.RELATED_TYPE,
                        Long.toString(details.id())),
                new MailRequest(
                        ConsultationProcess.MAIL_INTRODUCTION,
                        new Recipient(colleague.name(), colleague.email(), Locale.GERMAN),
                        model,
                        null,
                        ConsultationService.RELATED_TYPE,
                        Long.toString(details.id())));
    }
}

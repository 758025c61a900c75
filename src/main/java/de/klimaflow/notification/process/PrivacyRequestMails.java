package de.klimaflow.notification.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.ErasureRequests;
import de.klimaflow.privacy.ErasureSteps;
import de.klimaflow.privacy.process.PrivacyRequestProcess;
import de.klimaflow.security.Groups;
import de.klimaflow.security.UserDirectory;

/**
 * The erasure request's mails. The privacy feature sits below notification, so it cannot compose mails itself: it
 * writes the reply's content ({@link ErasureSteps#reply}) and this class only addresses it, and the escalation
 * to management.
 */
@Component
class PrivacyRequestMails implements MailComposer {

    static final String RELATED_TYPE = "privacy-request";

    private final ErasureRequests requests;
    private final ErasureSteps steps;
    private final UserDirectory users;
    private final I18NProvider texts;
    private final Links links;

    PrivacyRequestMails(
            ErasureRequests requests, ErasureSteps steps, UserDirectory users, I18NProvider texts, Links links) {
        this.requests = requests;
        this.steps = steps;
        this.users = users;
        this.texts = texts;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return PrivacyRequestProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (PrivacyRequestProcess.MAIL_REPLY.equals(kind) || PrivacyRequestProcess.MAIL_DEADLINE.equals(kind));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long id = Long.parseLong(context.businessKey());
        if (PrivacyRequestProcess.MAIL_REPLY.equals(kind)) {
            ErasureSteps.Reply reply = steps.reply(id);
            return List.of(new MailRequest(
                    kind,
                    new Recipient("", reply.address(), reply.language()),
                    Map.of(
                            "receivedOn", Formats.date(reply.receivedOn()),
                            "erased", reply.erased(),
                            "kept", reply.kept()),
                    null,
                    RELATED_TYPE,
                    Long.toString(id)));
        }
        ErasureRequests.Request request =
                requests.find(id).orElseThrow(() -> new IllegalStateException("no erasure request " + id));
        return users.membersOf(List.of(Groups.MANAGEMENT)).stream()
                .map(manager -> new MailRequest(
                        kind,
                        new Recipient(manager.name(), manager.email(), manager.locale()),
                        Map.of(
                                "requestId", id,
                                "deadline", Formats.date(request.deadline()),
                                "openWith", openWith(request, manager.locale()),
                                "requestUrl", links.absolute(Links.privacyRequest(id))),
                        null,
                        RELATED_TYPE,
                        Long.toString(id)))
                .toList();
    }

    private String openWith(ErasureRequests.Request request, Locale locale) {
        return request.reviews().stream()
                .filter(review -> review.confirmed() == null)
                .map(review -> texts.getTranslation("group." + review.group(), locale))
                .collect(Collectors.joining(", "));
    }
}

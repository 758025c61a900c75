package de.klimaflow.network.process;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.klimaflow.network.NetworkJoin;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Links;

/**
 * The join process's mails, in German (the form is German): to the owner of an address that asked to join again, and
 * the answer to a declined request with its reason.
 */
@Component
class NetworkJoinMails implements MailComposer {

    private final NetworkJoin joins;
    private final Links links;

    NetworkJoinMails(NetworkJoin joins, Links links) {
        this.joins = joins;
        this.links = links;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return NetworkJoinProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (NetworkJoinProcess.MAIL_KNOWN_ADDRESS.equals(kind)
                        || NetworkJoinProcess.MAIL_DECLINED.equals(kind));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long id = Long.parseLong(context.businessKey());
        NetworkJoin.JoinRequestView request =
                joins.find(id).orElseThrow(() -> new IllegalStateException("no join request " + id));
        Map<String, Object> model = NetworkJoinProcess.MAIL_DECLINED.equals(kind)
                ? Map.of(
                        "reason",
                        String.valueOf(request.declineReason()),
                        "municipality",
                        request.municipality(),
                        "networkUrl",
                        links.absolute(Links.NETWORK))
                : Map.of(
                        "knownAs",
                        String.valueOf(context.variables().get(NetworkJoinProcess.VAR_KNOWN_ADDRESS)),
                        "networkUrl",
                        links.absolute(Links.NETWORK));
        return List.of(new MailRequest(
                kind,
                new Recipient(request.name(), request.email(), java.util.Locale.GERMAN),
                model,
                null,
                "network-join-request",
                Long.toString(id)));
    }
}

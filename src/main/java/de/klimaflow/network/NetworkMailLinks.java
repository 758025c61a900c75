package de.klimaflow.network;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.notification.MailLinkIssuer;
import de.klimaflow.platform.Links;

/** A fresh link to a member's contribution form when the outbox sends the call; the earlier link stops working. */
@Component
class NetworkMailLinks implements MailLinkIssuer {

    private final Contributions contributions;

    NetworkMailLinks(Contributions contributions) {
        this.contributions = contributions;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> freshToken(Links.PersonalLink kind, String relatedType, String relatedId) {
        if (kind != Links.PersonalLink.CONTRIBUTION
                || !Contributions.RELATED_MAILS.equals(relatedType)
                || !relatedId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return contributions.issueLink(Long.parseLong(relatedId));
    }
}

package de.klimaflow.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.platform.Links;

/**
 * A stored mail as it goes out: where the outbox holds back a personal link's token, the feature that owns the link
 * makes a fresh one for this try. A mail whose link nobody can make again is not sent with a dead link: it fails.
 */
@Component
class FreshLinks {

    private final List<MailLinkIssuer> issuers;

    FreshLinks(List<MailLinkIssuer> issuers) {
        this.issuers = issuers;
    }

    RenderedMail forSending(OutboundMail mail) {
        RenderedMail stored = mail.rendered();
        Set<Links.PersonalLink> heldBack = mail.linksHeldBack();
        if (heldBack.isEmpty()) {
            return stored;
        }
        Map<Links.PersonalLink, String> tokens = new EnumMap<>(Links.PersonalLink.class);
        for (Links.PersonalLink kind : heldBack) {
            tokens.put(
                    kind,
                    issuers.stream()
                            .flatMap(issuer ->
                                    issuer.freshToken(kind, mail.getRelatedType(), mail.getRelatedId()).stream())
                            .findFirst()
                            .orElseThrow(() -> new MailDeliveryException(
                                    "Mail " + mail.getId() + ": kein neuer persönlicher Link (" + kind + ") möglich",
                                    null)));
        }
        return new RenderedMail(
                stored.locale(),
                stored.subject(),
                Links.withPersonalTokens(stored.text(), tokens),
                Links.withPersonalTokens(stored.html(), tokens),
                stored.calendar(),
                stored.attachments());
    }
}

package de.klimaflow.notification;

import java.util.Optional;

import de.klimaflow.platform.Links;

/**
 * Makes a fresh personal link for a mail that is sent from the outbox: stored mails hold no live link (only their
 * kind, see {@link Links#withoutPersonalTokens}), so each try gets new tokens from the feature that owns them. The
 * token is committed before the mail goes out.
 */
public interface MailLinkIssuer {

    /** A fresh token of this kind for the mail about this object; empty when the object is not this feature's. */
    Optional<String> freshToken(Links.PersonalLink kind, String relatedType, String relatedId);
}

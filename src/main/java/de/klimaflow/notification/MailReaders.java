package de.klimaflow.notification;

import java.util.Map;
import java.util.Set;

/**
 * Who may read which mails in the outbox (GDPR need-to-know): each feature that writes mails names, per
 * kind of business object its mails belong to ({@link MailRequest#relatedType()}), the staff groups whose
 * work it is. Operators read every mail.
 */
public interface MailReaders {

    Map<String, Set<String>> groupsByRelatedType();
}

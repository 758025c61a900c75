package de.klimaflow.consultation.process;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailReaders;
import de.klimaflow.security.Groups;

/** Answers to municipalities' inquiries are the advisors' work. */
@Component
class InquiryMailReaders implements MailReaders {

    @Override
    public Map<String, Set<String>> groupsByRelatedType() {
        return Map.of(InquiryMails.RELATED_TYPE, Set.of(Groups.ADVISORS));
    }
}

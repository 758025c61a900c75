package de.klimaflow.consultation.process;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.notification.MailReaders;
import de.klimaflow.security.Groups;

/** Mails to municipalities about their cases are the advisors' work; "inquiry" covers the mails from before cases. */
@Component
class ConsultationMailReaders implements MailReaders {

    @Override
    public Map<String, Set<String>> groupsByRelatedType() {
        return Map.of(ConsultationService.RELATED_TYPE, Set.of(Groups.ADVISORS), "inquiry", Set.of(Groups.ADVISORS));
    }
}

package de.klimaflow.registration.process;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailReaders;
import de.klimaflow.registration.Mailings;
import de.klimaflow.security.Groups;

/** Registrants' and invitees' mails are the work of the registration desk and the event team. */
@Component
class RegistrationMailReaders implements MailReaders {

    @Override
    public Map<String, Set<String>> groupsByRelatedType() {
        Set<String> desk = Set.of(Groups.REGISTRATION_DESK, Groups.EVENT_TEAM);
        return Map.of(Mailings.RELATED_REGISTRATION, desk, Mailings.RELATED_INVITATION, desk);
    }
}

package de.klimaflow.registration;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.notification.MailLinkIssuer;
import de.klimaflow.platform.Links;
import de.klimaflow.platform.PersonalTokens;

/**
 * Fresh personal links for registration's mails when the outbox sends them: a registration's opt-in or own page, an
 * invitation's link. Committed at once, before the mail goes out; an invitation's earlier link stops working.
 */
@Component
class RegistrationMailLinks implements MailLinkIssuer {

    private final RegistrationIntake intake;
    private final InvitationRepository invitations;

    RegistrationMailLinks(RegistrationIntake intake, InvitationRepository invitations) {
        this.intake = intake;
        this.invitations = invitations;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> freshToken(Links.PersonalLink kind, String relatedType, String relatedId) {
        if (!relatedId.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(relatedId);
        if (Mailings.RELATED_REGISTRATION.equals(relatedType)) {
            return switch (kind) {
                case OPT_IN -> Optional.of(intake.optInLink(id).token());
                case SELF_SERVICE -> Optional.of(intake.durableSelfServiceToken(id));
                case INVITATION, CONTRIBUTION -> Optional.empty();
            };
        }
        if (Mailings.RELATED_INVITATION.equals(relatedType) && kind == Links.PersonalLink.INVITATION) {
            return invitations.findById(id).map(invitation -> {
                String token = PersonalTokens.random();
                invitation.newToken(PersonalTokens.hash(token));
                return token;
            });
        }
        return Optional.empty();
    }
}

package de.klimaflow.events;

/**
 * What a kind of event implies, said by the feature that owns that kind (the network: its meetings take invitations
 * only). Events owns the interface, so the rule lives with its owner and events reaches up to no one.
 */
public interface EventTypeRules {

    /** Whether events of this type take registrations only with an invitation, whatever their draft says. */
    boolean invitationOnly(EventType type);
}

/**
 * Registrations for events: who holds or waits for a seat. How a registration comes in (RegistrationIntake: the form,
 * the API, the desk; the double opt-in), what happens to it after (RegistrationService: the person's and the desk's
 * changes), what the process decides (RegistrationDecisions, Seating), invitations (Invitations) and mail-outs to
 * participants (Mailings), its part of a data subject's request (RegistrationPersonalData, privacy's port). Implements events' EventRegistrations.
 */
@NullMarked
package de.klimaflow.registration;

import org.jspecify.annotations.NullMarked;

/**
 * Registration's processes, the only code of the feature that talks to the engine: registration.bpmn (one instance
 * per registration: {@link de.klimaflow.registration.process.RegistrationProcess} names its elements,
 * {@link de.klimaflow.registration.process.RegistrationFlow} starts and moves it and is the desk's review form's way
 * in, RegistrationSteps are its service tasks, RegistrationMails its mails), registration-mailing.bpmn
 * (RegistrationMailingFlow starts it for invitations and messages to participants), and the steps of
 * event-planning.bpmn that act on an event's registrations (EventPlanningRegistrationSteps), which live here so that
 * events never reaches up to registration. The demo profile's registrations (DemoRegistrations) are seeded here too:
 * each feature keeps its demo seeder in its process package.
 */
@NullMarked
package de.klimaflow.registration.process;

import org.jspecify.annotations.NullMarked;

package de.klimaflow.registration.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.registration.RegistrationDecisions;
import de.klimaflow.registration.RegistrationIntake;

/** The steps of registration.bpmn, one line each: the work is in {@link RegistrationDecisions} and {@link RegistrationIntake}. */
@Configuration
class RegistrationSteps {

    @Bean(RegistrationProcess.DELEGATE_EXPIRE)
    JavaDelegate expireRegistration(RegistrationDecisions registrations) {
        return execution -> registrations.expire(RegistrationProcess.registrationId(execution));
    }

    @Bean(RegistrationProcess.DELEGATE_CHECK_ADDRESS_CONFIRMED)
    JavaDelegate checkAddressConfirmed(RegistrationIntake registrations) {
        // transient: the gateway right after reads it in the same transaction, and nothing stores it
        return execution -> execution.setVariable(
                RegistrationProcess.VAR_ADDRESS_CONFIRMED,
                Variables.booleanValue(
                        registrations.addressConfirmed(RegistrationProcess.registrationId(execution)), true));
    }

    @Bean(RegistrationProcess.DELEGATE_COLLECT_FACTS)
    JavaDelegate collectDecisionFacts(RegistrationDecisions registrations) {
        return execution -> {
            RegistrationDecisions.DecisionFacts facts =
                    registrations.decisionFacts(RegistrationProcess.registrationId(execution));
            execution.setVariable(RegistrationProcess.VAR_AUDIENCE_RULE, facts.audienceRule());
            execution.setVariable(RegistrationProcess.VAR_ROLE, facts.role());
            execution.setVariable(RegistrationProcess.VAR_ROLE_IN_AUDIENCE, facts.roleInAudience());
            execution.setVariable(RegistrationProcess.VAR_REGISTRATION_OPEN, facts.registrationOpen());
            execution.setVariable(RegistrationProcess.VAR_SEATS_LEFT, facts.seatsLeft());
            execution.setVariable(RegistrationProcess.VAR_HAS_INVITATION, facts.hasInvitation());
        };
    }

    @Bean(RegistrationProcess.DELEGATE_TAKE_SEATS)
    JavaDelegate takeSeats(RegistrationDecisions registrations) {
        return execution -> {
            long id = RegistrationProcess.registrationId(execution);
            execution.setVariable(RegistrationProcess.VAR_SEATED, registrations.approve(id));
            execution.setVariable(RegistrationProcess.VAR_SEATS_ANNOUNCED, registrations.seatCount(id));
        };
    }

    @Bean(RegistrationProcess.DELEGATE_WAITLIST)
    JavaDelegate waitlistRegistration(RegistrationDecisions registrations) {
        return execution -> {
            long id = RegistrationProcess.registrationId(execution);
            registrations.waitlist(
                    id, !Boolean.TRUE.equals(execution.getVariable(RegistrationProcess.VAR_DECIDED_BY_DESK)));
            // seats held from before a change of parts were announced already
            execution.setVariable(RegistrationProcess.VAR_SEATS_ANNOUNCED, registrations.seatCount(id));
        };
    }

    @Bean(RegistrationProcess.DELEGATE_CHECK_NEW_SEATS)
    JavaDelegate checkForNewSeats(RegistrationDecisions registrations) {
        return execution -> {
            long id = RegistrationProcess.registrationId(execution);
            int seats = registrations.seatCount(id);
            Object announced = execution.getVariable(RegistrationProcess.VAR_SEATS_ANNOUNCED);
            execution.setVariable(
                    RegistrationProcess.VAR_NEW_SEAT, seats > (announced instanceof Number n ? n.intValue() : 0));
            execution.setVariable(RegistrationProcess.VAR_SEATS_ANNOUNCED, seats);
            execution.setVariable(RegistrationProcess.VAR_PARTS_TO_DECIDE, registrations.partsToDecide(id));
            // a new decision is the rules' again until the desk makes it
            execution.removeVariable(RegistrationProcess.VAR_DECIDED_BY_DESK);
        };
    }

    /** After a change was mailed: the seats the person knows of, so that one coming back is mailed as news. */
    @Bean(RegistrationProcess.DELEGATE_NOTE_SEATS)
    JavaDelegate noteAnnouncedSeats(RegistrationDecisions registrations) {
        return execution -> execution
                .getProcessInstance()
                .setVariable(
                        RegistrationProcess.VAR_SEATS_ANNOUNCED,
                        registrations.seatCount(RegistrationProcess.registrationId(execution)));
    }

    @Bean(RegistrationProcess.DELEGATE_REJECT)
    JavaDelegate rejectRegistration(RegistrationDecisions registrations) {
        return execution -> {
            java.util.List<Long> declined = registrations.reject(RegistrationProcess.registrationId(execution));
            execution.setVariable(RegistrationProcess.VAR_STILL_REGISTERED, !declined.isEmpty());
            execution.setVariable(
                    RegistrationProcess.VAR_DECLINED_PARTS,
                    declined.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        };
    }

    @Bean(RegistrationProcess.DELEGATE_TO_REVIEW)
    JavaDelegate markInReview(RegistrationDecisions registrations) {
        return execution -> registrations.toReview(RegistrationProcess.registrationId(execution));
    }
}

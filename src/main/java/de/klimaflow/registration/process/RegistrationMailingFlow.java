package de.klimaflow.registration.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.klimaflow.registration.MailingCreated;

/** Starts the mailing process of a new mail-out, in the transaction that stored it. */
@Component
class RegistrationMailingFlow {

    private final RuntimeService runtimeService;

    RegistrationMailingFlow(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void created(MailingCreated mailing) {
        runtimeService.startProcessInstanceByKey(
                RegistrationMailingProcess.PROCESS_KEY,
                Long.toString(mailing.mailingId()),
                Map.of(
                        RegistrationMailingProcess.VAR_KIND,
                        mailing.kind().name(),
                        RegistrationMailingProcess.VAR_RECIPIENTS,
                        mailing.recipients()));
    }
}

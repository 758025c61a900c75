package de.klimaflow.registration.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.klimaflow.registration.RegistrationChanged;

/**
 * The one class that starts and moves registration processes, in the transaction that changed the
 * registration: one instance per registration, keyed by its id.
 */
@Component
class RegistrationHandling {

    private final RuntimeService runtimeService;

    RegistrationHandling(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void changed(RegistrationChanged change) {
        String key = Long.toString(change.registrationId());
        switch (change.change()) {
            case RECEIVED -> runtimeService.startProcessInstanceByKey(RegistrationProcess.PROCESS_KEY, key);
            case ADDRESS_CONFIRMED -> correlate(RegistrationProcess.MESSAGE_ADDRESS_CONFIRMED, key);
            case PROMOTED -> correlate(RegistrationProcess.MESSAGE_PROMOTED, key);
            // when the process is busy elsewhere, its next check before waiting finds the parts (Task_CheckNewSeats)
            case PARTS_ADDED -> correlate(RegistrationProcess.MESSAGE_PARTS_ADDED, key);
            case REGISTERED_AGAIN -> correlate(RegistrationProcess.MESSAGE_REGISTERED_AGAIN, key);
            case ENDED -> {
                if (correlate(RegistrationProcess.MESSAGE_ENDED, key) == 0) {
                    // ended before it waited for an end (opt-in pending, in review): nothing is left to do
                    runtimeService
                            .createProcessInstanceQuery()
                            .processDefinitionKey(RegistrationProcess.PROCESS_KEY)
                            .processInstanceBusinessKey(key)
                            .list()
                            .forEach(instance ->
                                    runtimeService.deleteProcessInstance(instance.getId(), "registration ended"));
                }
            }
        }
    }

    /** Correlates with the registration's instance if it waits for the message; returns how many did. */
    private int correlate(String message, String key) {
        java.util.List<MessageCorrelationResult> results = runtimeService
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(key)
                .correlateAllWithResult();
        return results.size();
    }
}

package de.klimaflow.registration.process;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.registration.RegistrationDecisions;
import de.klimaflow.tasks.WorkTaskService;

/** The registration desk's review: the decision goes to the process, the reason stays with the registration. */
@Service
public class RegistrationReview {

    public static final int MAX_REASON = 1000;

    /** What the desk may decide. */
    public enum Decision {
        APPROVE(RegistrationProcess.APPROVE),
        WAITLIST(RegistrationProcess.WAITLIST),
        REJECT(RegistrationProcess.REJECT);

        private final String processValue;

        Decision(String processValue) {
            this.processValue = processValue;
        }
    }

    private final RegistrationDecisions registrations;
    private final WorkTaskService workTasks;

    RegistrationReview(RegistrationDecisions registrations, WorkTaskService workTasks) {
        this.registrations = registrations;
        this.workTasks = workTasks;
    }

    /** A rejection needs a reason (it is mailed); for the other decisions a reason is optional and kept. */
    @Transactional
    public void decide(String taskId, long registrationId, Decision decision, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if ((decision == Decision.REJECT && why.isEmpty()) || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("a rejection needs a reason of 1 to " + MAX_REASON + " characters");
        }
        registrations.noteDecisionReason(registrationId, why);
        workTasks.complete(
                taskId,
                Map.of(
                        RegistrationProcess.VAR_DECISION,
                        decision.processValue,
                        RegistrationProcess.VAR_DECIDED_BY_DESK,
                        true));
    }
}

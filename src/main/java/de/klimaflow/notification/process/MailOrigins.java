package de.klimaflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

import de.klimaflow.notification.MailOrigin;

/** Where in a process a mail is sent from, for process steps that send mail themselves. */
public final class MailOrigins {

    /**
     * The origin of the current step. Its key must be the same for every retry of one visit of the step
     * and differ for a later visit (a loop, the next reminder):
     * <ul>
     * <li>the execution is the one that holds the asynchronous job; a step with input parameters is a
     * scope and runs in a child execution that each try creates anew, so its parent is taken;</li>
     * <li>that execution's sequence counter tells visits apart: a failed try rolls back its increments.</li>
     * </ul>
     */
    public static MailOrigin of(DelegateExecution execution) {
        String owner = execution.getId();
        long sequence = 0;
        if (execution instanceof ExecutionEntity entity) {
            ActivityImpl activity = entity.getActivity();
            ExecutionEntity holder =
                    activity != null && activity.isScope() && entity.getParent() != null ? entity.getParent() : entity;
            owner = holder.getId();
            sequence = holder.getSequenceCounter();
        }
        String stepKey = owner + "/" + execution.getCurrentActivityId() + "#" + sequence;
        return new MailOrigin(
                execution.getProcessInstanceId(),
                owner,
                execution.getCurrentActivityId(),
                stepKey,
                execution.getProcessBusinessKey());
    }

    private MailOrigins() {}
}

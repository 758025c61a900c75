package de.klimaflow.consultation.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.klimaflow.consultation.InquiryReceived;

/** The inquiry-handling process, the one class that starts it: one instance per inquiry, keyed by its id. */
@Component
class InquiryHandling {

    private final RuntimeService runtimeService;

    InquiryHandling(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void received(InquiryReceived inquiry) {
        runtimeService.startProcessInstanceByKey(InquiryProcess.PROCESS_KEY, Long.toString(inquiry.inquiryId()));
    }
}

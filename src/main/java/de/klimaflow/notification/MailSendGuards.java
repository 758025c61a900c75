package de.klimaflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts and logs each time a guard against a second send held a try back: it waited for another try of the same
 * mail, gave up waiting, or found that another node had taken its job over. On one node these stay at zero; on
 * several they show whether the races the guards are for came up at all
 * ({@code klimaflow_mail_send_guards_total} by {@code outcome}, and log lines beginning with {@value #MARK}).
 */
@Component
public class MailSendGuards {

    static final String MARK = "Mail send guard:";
    private static final Logger LOG = LoggerFactory.getLogger(MailSendGuards.class);

    private final Counter awaited;
    private final Counter gaveUp;
    private final Counter takenOver;

    public MailSendGuards(MeterRegistry meters) {
        awaited = counter(meters, "awaited", "a try waited for another try of the same mail to end");
        gaveUp = counter(meters, "gave_up", "a try stopped waiting for another try of the same mail");
        takenOver = counter(meters, "taken_over", "a send step found its job taken over by another node");
    }

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder("klimaflow.mail.send.guards")
                .tag("outcome", outcome)
                .description(description)
                .register(meters);
    }

    void awaited(String what, long millis) {
        awaited.increment();
        LOG.info("{} awaited another try of {} for {} ms", MARK, what, millis);
    }

    void gaveUp(String what) {
        gaveUp.increment();
        LOG.warn("{} gave up waiting for another try of {}", MARK, what);
    }

    /** A send step whose job another node holds now: nothing is sent. */
    public void takenOver(String what, String jobId) {
        takenOver.increment();
        LOG.warn("{} {} not sent, job {} was taken over by another node", MARK, what, jobId);
    }
}

package de.klimaflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.klimaflow.privacy.RetentionRule;

/**
 * Outbox mails keep their text for {@code klimaflow.privacy.retention.mail-bodies} (90 days) after they were written;
 * then the text goes and the delivery record (kind, recipient, status, dates) stays. Mails still waiting are kept.
 */
@Component
class MailBodyRetention implements RetentionRule {

    private static final Set<MailStatus> FINISHED =
            Set.of(MailStatus.SENT, MailStatus.LOGGED_ONLY, MailStatus.FAILED, MailStatus.SUPERSEDED);
    private static final List<String> ALREADY_EMPTY = List.of(OutboundMail.BLANKED, OutboundMail.ERASED);

    private final OutboundMailRepository mails;
    private final Duration keep;

    MailBodyRetention(
            OutboundMailRepository mails, @Value("${klimaflow.privacy.retention.mail-bodies:P90D}") Duration keep) {
        this.mails = mails;
        this.keep = keep;
    }

    @Override
    public String category() {
        return MailPersonalData.CATEGORY;
    }

    @Override
    public long due(Instant now) {
        return mails.countByCreatedAtBeforeAndStatusInAndTextBodyNotIn(now.minus(keep), FINISHED, ALREADY_EMPTY);
    }

    @Override
    public int apply(Instant now) {
        return mails.blankBodies(now.minus(keep), FINISHED, ALREADY_EMPTY, OutboundMail.BLANKED);
    }
}

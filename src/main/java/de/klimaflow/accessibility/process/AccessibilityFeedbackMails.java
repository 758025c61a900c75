package de.klimaflow.accessibility.process;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.klimaflow.accessibility.BarrierReports;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailReaders;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.Formats;

/**
 * The reporter's mails, in their language: the acknowledgement at once, with the date by which they will have an
 * answer, and the answer itself. The group that answers reads them in its outbox.
 */
@Component
class AccessibilityFeedbackMails implements MailComposer, MailReaders {

    private final BarrierReports reports;

    AccessibilityFeedbackMails(BarrierReports reports) {
        this.reports = reports;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return AccessibilityFeedbackProcess.PROCESS_KEY.equals(processDefinitionKey)
                && (AccessibilityFeedbackProcess.MAIL_RECEIVED.equals(kind)
                        || AccessibilityFeedbackProcess.MAIL_REPLY.equals(kind));
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        long id = Long.parseLong(context.businessKey());
        BarrierReports.ReportView report =
                reports.find(id).orElseThrow(() -> new IllegalStateException("no report " + id));
        Map<String, Object> model = Map.of(
                "page",
                report.page() == null ? "" : report.page(),
                "description",
                report.description(),
                "replyBy",
                Formats.date(report.replyDueAt()),
                "reply",
                report.reply() == null ? "" : report.reply());
        return List.of(new MailRequest(
                kind,
                new Recipient(report.name() == null ? "" : report.name(), report.email(), report.locale()),
                model,
                null,
                BarrierReports.RELATED_TYPE,
                Long.toString(id)));
    }

    @Override
    public Map<String, java.util.Set<String>> groupsByRelatedType() {
        return Map.of(BarrierReports.RELATED_TYPE, java.util.Set.of(reports.feedbackGroup()));
    }
}

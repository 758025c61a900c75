package de.klimaflow.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports of barriers: taken from the public form, read by the staff who answer them, answered once. */
@Service
@Transactional
public class BarrierReports {

    public static final int MAX_PAGE = 500;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_NAME = 200;
    public static final int MAX_REPLY = 4000;
    /** The related type of its mails: the outbox shows them to the group that answers. */
    public static final String RELATED_TYPE = "barrier-report";

    /** A report as its answering form and its mails show it. */
    public record ReportView(
            long id,
            @Nullable String page,
            String description,
            @Nullable String name,
            String email,
            Locale locale,
            Instant receivedAt,
            Instant replyDueAt,
            @Nullable String reply,
            @Nullable Instant repliedAt) {}

    private final BarrierReportRepository reports;
    private final AccessibilitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BarrierReports(
            BarrierReportRepository reports,
            AccessibilitySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the report; its process starts in this transaction. Returns its id. */
    public long report(NewBarrierReport report) {
        require(report.description().isBlank() || report.description().length() > MAX_DESCRIPTION, "description");
        require(report.page() != null && report.page().length() > MAX_PAGE, "page");
        require(report.name() != null && report.name().length() > MAX_NAME, "name");
        Instant now = clock.instant();
        BarrierReport stored = reports.save(new BarrierReport(report, now, now.plus(settings.replyWithin())));
        events.publishEvent(new BarrierReported(stored.toView().id()));
        return stored.toView().id();
    }

    @Transactional(readOnly = true)
    public Optional<ReportView> find(long id) {
        return reports.findById(id).map(BarrierReport::toView);
    }

    /** The answer, recorded once; the process mails it. */
    public void answer(long id, String reply, String by) {
        String text = reply.strip();
        require(text.isEmpty() || text.length() > MAX_REPLY, "reply");
        reports.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no report " + id))
                .answer(text, by, clock.instant());
    }

    /** The group that answers reports. */
    public String feedbackGroup() {
        return settings.feedbackGroup();
    }

    private static void require(boolean broken, String what) {
        if (broken) {
            throw new IllegalArgumentException("invalid " + what);
        }
    }
}

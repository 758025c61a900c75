package de.klimaflow.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import de.klimaflow.privacy.AnonymisingRetention;

/**
 * An answered report keeps the reporter's name and address {@code klimaflow.accessibility.retention} (a year) after
 * its answer, for questions about it; then it is anonymised.
 */
@Component
class AnsweredBarrierReportRetention extends AnonymisingRetention<BarrierReport> {

    private final BarrierReportRepository reports;
    private final AccessibilitySettings settings;
    private final Clock clock;

    AnsweredBarrierReportRetention(BarrierReportRepository reports, AccessibilitySettings settings, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String category() {
        return AccessibilityPersonalData.BARRIER_REPORTS;
    }

    @Override
    protected List<BarrierReport> dueAt(Instant now) {
        return reports.findByRepliedAtBeforeAndAnonymisedAtIsNull(now.minus(settings.retention()));
    }

    @Override
    protected void anonymise(BarrierReport report) {
        report.anonymise(clock.instant());
    }
}

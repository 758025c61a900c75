package de.klimaflow.accessibility;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;

/**
 * Reports of barriers, for a data subject's request: the group that answers them sees them. Erasure anonymises a
 * report (that it came, about which page, and the answer stay, for the accessibility statement's follow-up).
 */
@Component
class AccessibilityPersonalData implements PersonalDataHolder {

    static final String BARRIER_REPORTS = "privacy.category.barrierReports";

    private final BarrierReportRepository reports;
    private final AccessibilitySettings settings;
    private final java.time.Clock clock;

    AccessibilityPersonalData(BarrierReportRepository reports, AccessibilitySettings settings, java.time.Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<String> categories() {
        return List.of(BARRIER_REPORTS);
    }

    @Override
    public List<HeldData> find(String address) {
        List<HeldData.Item> items = reports.findByEmailIgnoreCaseOrderByReceivedAtAsc(address.strip()).stream()
                .map(BarrierReport::toView)
                .map(report -> new HeldData.Item(
                        report.page() == null ? "#" + report.id() : report.page(),
                        List.of(
                                new HeldData.Field("privacy.field.name", report.name()),
                                new HeldData.Field("privacy.field.email", report.email()),
                                new HeldData.Field("privacy.field.question", report.description()),
                                new HeldData.Field("privacy.field.reply", report.reply()),
                                new HeldData.Field("privacy.field.createdAt", Formats.dateTime(report.receivedAt())))))
                .toList();
        return List.of(new HeldData(BARRIER_REPORTS, BARRIER_REPORTS, Set.of(settings.feedbackGroup()), items));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<BarrierReport> found = reports.findByEmailIgnoreCaseOrderByReceivedAtAsc(address.strip());
        found.forEach(report -> report.anonymise(clock.instant()));
        return new Erased(
                BARRIER_REPORTS, found.size(), found.isEmpty() ? List.of() : List.of("privacy.kept.barrierReports"));
    }
}

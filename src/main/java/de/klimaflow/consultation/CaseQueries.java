package de.klimaflow.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the cases for lists and pictures: the case list, the pipeline by stage, labels, figures. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    /** A case as the list and the pipeline show it. */
    public record CaseSummary(
            long id,
            String municipality,
            String contactName,
            ConsultationStage stage,
            Instant stageSince,
            @Nullable String advisor,
            Instant receivedAt,
            Channel channel) {

        public String label() {
            return "#" + id + " · " + municipality;
        }
    }

    /** How many open cases a stage holds and how long the longest-waiting one has been there. */
    public record Stage(ConsultationStage stage, int cases, long longestDays) {}

    private final ConsultationCaseRepository cases;
    private final Clock clock;

    CaseQueries(ConsultationCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Everything the case page shows about one case. */
    public Optional<CaseDetails> details(long caseId) {
        return cases.findById(caseId).map(CaseDetails::of);
    }

    public List<CaseSummary> cases() {
        return cases.findAllByOrderByReceivedAtDesc().stream()
                .map(CaseQueries::summary)
                .toList();
    }

    /** The open stages in order, each with its cases and how long the longest one has waited there. */
    public List<Stage> pipeline() {
        Instant now = clock.instant();
        Map<ConsultationStage, List<ConsultationCase>> open = new EnumMap<>(ConsultationStage.class);
        cases.findByStageInOrderByStageSinceAsc(ConsultationStage.OPEN)
                .forEach(c -> open.computeIfAbsent(c.getStage(), s -> new ArrayList<>())
                        .add(c));
        return ConsultationStage.OPEN.stream()
                .map(stage -> {
                    List<ConsultationCase> in = open.getOrDefault(stage, List.of());
                    long longest = in.stream()
                            .mapToLong(c ->
                                    Duration.between(c.getStageSince(), now).toDays())
                            .max()
                            .orElse(0);
                    return new Stage(stage, in.size(), longest);
                })
                .toList();
    }

    /** Positions granted funding this calendar year (Berlin). */
    public long grantedThisYear() {
        int year = clock.instant().atZone(de.klimaflow.platform.Formats.ZONE).getYear();
        return cases.countByDecisionAndDecisionAtBetween(
                "GRANTED", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** "#12 · Stadt Burg" by id, one query for a page of the task list. */
    public Map<Long, String> labels(Collection<Long> caseIds) {
        return cases.findAllById(caseIds).stream()
                .collect(Collectors.toMap(
                        ConsultationCase::getId, c -> summary(c).label()));
    }

    private static CaseSummary summary(ConsultationCase c) {
        return new CaseSummary(
                c.getId(),
                c.getMunicipalityName(),
                c.getContactName(),
                c.getStage(),
                c.getStageSince(),
                c.getAdvisor(),
                c.getReceivedAt(),
                c.getChannel());
    }
}

package de.klimaflow.consultation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding proposal of a case: what the decision table proposes (its process step stores it), and what the advisor
 * accepts or changes for the information package.
 */
@Service
@Transactional
public class FundingProposals {

    private final ConsultationCaseRepository cases;
    private final FundingProgrammes programmes;
    private final CaseTimeline timeline;
    private final Clock clock;

    FundingProposals(
            ConsultationCaseRepository cases, FundingProgrammes programmes, CaseTimeline timeline, Clock clock) {
        this.cases = cases;
        this.programmes = programmes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The decision table's rows: programmes no longer (or not yet) valid are left out, duplicates once. */
    public void storeProposal(long caseId, List<Map<String, Object>> decided) {
        Map<String, FundingProgrammes.Programme> valid = programmes.validToday();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> trainings = new LinkedHashSet<>();
        for (Map<String, Object> row : decided) {
            if (row.get("programme") instanceof String code && valid.containsKey(code)) {
                codes.add(code);
            }
            if (row.get("training") instanceof String training && !training.isBlank()) {
                trainings.add(training);
            }
        }
        requireCase(caseId).propose(List.copyOf(codes), List.copyOf(trainings));
        String proposed = codes.isEmpty()
                ? "#case.log.noProgramme"
                : codes.stream()
                        .map(valid::get)
                        .filter(Objects::nonNull)
                        .map(FundingProgrammes.Programme::name)
                        .collect(Collectors.joining("; "));
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                trainings.isEmpty()
                        ? TimelineMessage.of("case.log.proposal", proposed)
                        : TimelineMessage.of("case.log.proposalWithTrainings", proposed, String.join("; ", trainings)));
    }

    /** The advisor accepts or changes the proposal and adds a personal note for the information package. */
    public void acceptProposal(long caseId, List<String> programmeCodes, List<String> trainings, String note) {
        Map<String, FundingProgrammes.Programme> valid = programmes.validToday();
        List<String> chosen =
                programmeCodes.stream().filter(valid::containsKey).distinct().toList();
        List<String> cleanTrainings = trainings.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .map(t -> t.length() > 200 ? t.substring(0, 200) : t)
                .distinct()
                .limit(20)
                .toList();
        ConsultationCase found = requireCase(caseId);
        found.choose(chosen, cleanTrainings);
        found.notePackage(note.isBlank() ? null : capped(note.strip()));
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                TimelineMessage.of(
                        "case.log.chosen",
                        chosen.isEmpty()
                                ? "#case.log.noneChosen"
                                : chosen.stream()
                                        .map(valid::get)
                                        .filter(Objects::nonNull)
                                        .map(FundingProgrammes.Programme::name)
                                        .collect(Collectors.joining("; "))));
        found.moveTo(ConsultationStage.APPLICATION, clock.instant());
    }

    private ConsultationCase requireCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalArgumentException("no consultation case " + caseId));
    }

    private static String capped(String note) {
        return note.length() <= ConsultationService.MAX_NOTE ? note : note.substring(0, ConsultationService.MAX_NOTE);
    }
}

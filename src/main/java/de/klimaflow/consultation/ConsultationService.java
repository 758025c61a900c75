package de.klimaflow.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import de.klimaflow.platform.MailAddresses;
import de.klimaflow.regions.ClimateManagerAppointed;
import de.klimaflow.regions.Regions;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.UserDirectory;

import jakarta.validation.Valid;

/**
 * Consultation cases: what the municipality asked, what the advisors found out and decided, and the
 * dated timeline of every step. The process facade calls these methods; each leaves a timeline entry.
 */
@Service
@Validated
@Transactional
public class ConsultationService {

    public static final int MAX_NOTE = 4000;
    /** Who wrote a timeline entry when no staff member was signed in (the public form, process steps). */
    public static final String SYSTEM = "system";

    public static final String RELATED_TYPE = "consultation-case";

    /** One line of the timeline. */
    public record TimelineEntry(Instant at, String by, String kind, String text) {}

    private final ConsultationCaseRepository cases;
    private final CaseTimeline timeline;
    private final FundingProgrammes programmes;
    private final Regions regions;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    ConsultationService(
            ConsultationCaseRepository cases,
            CaseTimeline timeline,
            FundingProgrammes programmes,
            Regions regions,
            ApplicationEventPublisher publisher,
            CurrentUser currentUser,
            UserDirectory users,
            Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.programmes = programmes;
        this.regions = regions;
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Stores a new case, linked to the master data when the municipality is known there, and assigned to
     * the advisor of its region (staff can override that). Its process starts in the same transaction.
     */
    public long open(@Valid NewCase request, Channel channel) {
        Optional<Regions.MunicipalityInfo> known = regions.municipalityNamed(request.municipality());
        ConsultationCase created = cases.save(new ConsultationCase(
                request, known.map(Regions.MunicipalityInfo::id).orElse(null), channel, clock.instant()));
        timeline.text(
                created.getId(), CaseEntry.Kind.RECEIVED, request.question().strip());
        publisher.publishEvent(new CaseOpened(created.getId()));
        return created.getId();
    }

    /**
     * The first step: the advisor of the municipality's planning region takes the case; without one (an
     * unknown municipality, a region without advisor) every advisor sees it. Returns the advisor, if any.
     */
    public Optional<String> assignByRegion(long caseId) {
        ConsultationCase found = requireCase(caseId);
        Optional<Regions.MunicipalityInfo> municipality =
                Optional.ofNullable(found.getMunicipalityId()).flatMap(regions::municipality);
        Optional<String> advisor = municipality.map(Regions.MunicipalityInfo::regionAdvisor);
        advisor.ifPresentOrElse(found::assign, () -> {});
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                advisor.map(id -> TimelineMessage.of(
                                "case.log.assigned",
                                users.displayName(id),
                                municipality.get().region()))
                        .orElse(TimelineMessage.of("case.log.unassigned")));
        move(caseId, ConsultationStage.CONSULTATION);
        return advisor;
    }

    /** The advisor now responsible; the process facade moves the open tasks along. */
    public void assign(long caseId, String advisor) {
        requireCase(caseId).assign(advisor);
        timeline.step(
                caseId, CaseEntry.Kind.STEP, TimelineMessage.of("case.log.takenOver", users.displayName(advisor)));
    }

    public void recordInitialConsultation(long caseId, InitialFacts facts) {
        ConsultationCase found = requireCase(caseId);
        if (facts.population() < 1 || facts.population() > 5_000_000) {
            throw new IllegalArgumentException("population out of range");
        }
        found.recordFacts(facts);
        String concept = facts.hasConcept() ? "#case.log.concept" : "#case.log.noConcept";
        String position = facts.firstPosition() ? "#case.log.firstPosition" : "#case.log.followUpPosition";
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                (facts.plannedStart() == null
                                ? TimelineMessage.of(
                                        "case.log.initial", Integer.toString(facts.population()), concept, position)
                                : TimelineMessage.of(
                                        "case.log.initialWithStart",
                                        Integer.toString(facts.population()),
                                        concept,
                                        position,
                                        de.klimaflow.platform.Formats.date(facts.plannedStart())))
                        .withNote(cap(facts.note().strip())));
        move(caseId, ConsultationStage.PROPOSAL);
    }

    public void infoPackageSent(long caseId) {
        timeline.step(
                caseId,
                CaseEntry.Kind.MAIL,
                TimelineMessage.of("case.log.packageSent", requireCase(caseId).getContactEmail()));
    }

    public void applicationSupported(long caseId, LocalDate submittedOn, String note) {
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                TimelineMessage.of("case.log.applied", de.klimaflow.platform.Formats.date(submittedOn))
                        .withNote(cap(note.strip())));
        move(caseId, ConsultationStage.AWAITING_DECISION);
    }

    /** The four-weekly question to the municipality while it waits for the funding decision. */
    public void municipalityAsked(long caseId, String answer) {
        requireText(answer);
        timeline.step(caseId, CaseEntry.Kind.CALL, TimelineMessage.of("case.log.asked", cap(answer.strip())));
    }

    /**
     * The funding body's decision; a grant names the programme, its share or amount and the period, which the case and
     * later the directory show.
     */
    public void recordDecision(long caseId, boolean granted, LocalDate on, String note, @Nullable Grant grant) {
        String summary = null;
        if (granted) {
            if (grant == null) {
                throw new IllegalArgumentException("a grant names its programme, share or amount, and period");
            }
            FundingProgrammes.Programme programme = programmes.all().stream()
                    .filter(p -> p.code().equals(grant.programmeCode()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no programme " + grant.programmeCode()));
            boolean share = grant.sharePercent() != null && grant.sharePercent() > 0 && grant.sharePercent() <= 100;
            boolean amount = grant.amountEuro() != null && grant.amountEuro() > 0;
            if (!(share || amount) || grant.months() < 1 || grant.months() > 120) {
                throw new IllegalArgumentException(
                        "a grant needs a share of 1 to 100 % or an amount, and 1 to 120 months");
            }
            summary = programme.name() + ": "
                    + (share
                            ? grant.sharePercent() + " %"
                            : java.text.NumberFormat.getIntegerInstance(java.util.Locale.GERMANY)
                                            .format(grant.amountEuro())
                                    + " €")
                    + " für " + grant.months() + " Monate";
        }
        requireCase(caseId).decide(granted, on, grant == null ? null : grant.programmeCode(), summary);
        timeline.step(
                caseId,
                CaseEntry.Kind.DECISION,
                TimelineMessage.of(
                                granted ? "case.log.granted" : "case.log.rejected",
                                de.klimaflow.platform.Formats.date(on))
                        .withNote(cap(note.strip())));
        move(caseId, granted ? ConsultationStage.FILLING_POSITION : ConsultationStage.ALTERNATIVES);
    }

    /** The position is filled: the network enters the new manager in its directory and invites them. */
    public void positionFilled(long caseId, NewManager manager) {
        if (manager.name().isBlank()
                || manager.name().length() > 200
                || !MailAddresses.isValid(manager.email().strip())
                || manager.since()
                        .isAfter(clock.instant()
                                .atZone(de.klimaflow.platform.Formats.ZONE)
                                .toLocalDate()
                                .plusYears(1))) {
            throw new IllegalArgumentException("invalid manager");
        }
        ConsultationCase found = requireCase(caseId);
        Map<String, FundingProgrammes.Programme> all =
                programmes.all().stream().collect(Collectors.toMap(FundingProgrammes.Programme::code, p -> p));
        // what the funding body granted; a case decided before grants were recorded names its first chosen programme
        String fundedBy = found.getGrantSummary() != null
                ? found.getGrantSummary()
                : found.chosenProgrammes().stream()
                        .map(all::get)
                        .filter(Objects::nonNull)
                        .map(FundingProgrammes.Programme::name)
                        .findFirst()
                        .orElse(null);
        timeline.step(
                caseId,
                CaseEntry.Kind.STEP,
                TimelineMessage.of(
                        "case.log.filled",
                        manager.name().strip(),
                        de.klimaflow.platform.Formats.date(manager.since())));
        move(caseId, ConsultationStage.FILLED);
        publisher.publishEvent(new ClimateManagerAppointed(
                found.getMunicipalityId(),
                found.getMunicipalityName(),
                manager.name().strip(),
                manager.email().strip(),
                manager.since(),
                fundedBy,
                manager.publicListing(),
                caseId));
    }

    public void alternativesAdvised(long caseId, String advice) {
        requireText(advice);
        timeline.step(caseId, CaseEntry.Kind.STEP, TimelineMessage.of("case.log.alternatives", cap(advice.strip())));
        move(caseId, ConsultationStage.CLOSED_WITHOUT_FUNDING);
    }

    public void withdrawn(long caseId, String reason) {
        requireText(reason);
        timeline.step(caseId, CaseEntry.Kind.WITHDRAWN, TimelineMessage.of("case.log.withdrawn", cap(reason.strip())));
        move(caseId, ConsultationStage.WITHDRAWN);
    }

    /** A call or a note the advisor adds to the timeline. */
    public void addNote(long caseId, boolean call, String text) {
        requireText(text);
        requireCase(caseId);
        timeline.text(caseId, call ? CaseEntry.Kind.CALL : CaseEntry.Kind.NOTE, cap(text.strip()));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return cases.count() == 0;
    }

    /** Cases open before consultation cases had a process (taken over from inquiries); their ids. */
    @Transactional(readOnly = true)
    public List<Long> openCases() {
        return cases.findByStageInOrderByStageSinceAsc(ConsultationStage.OPEN).stream()
                .map(ConsultationCase::getId)
                .toList();
    }

    void note(long caseId, CaseEntry.Kind kind, String text) {
        timeline.text(caseId, kind, text);
    }

    ConsultationCase requireCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalArgumentException("no consultation case " + caseId));
    }

    private void move(long caseId, ConsultationStage stage) {
        requireCase(caseId).moveTo(stage, clock.instant());
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("text must have 1 to " + MAX_NOTE + " characters");
        }
    }

    private static String cap(String text) {
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE);
    }
}

package de.klimaflow.network;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.AgendaDraft;
import de.klimaflow.events.Event;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventService;
import de.klimaflow.events.Programme;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.PersonalTokens;
import de.klimaflow.security.CurrentUser;

/**
 * The call for contributions to a network meeting: every member is called when the meeting is planned, proposes a
 * project behind their personal link, and the event team accepts it onto the agenda, with the member as its speaker,
 * or declines it with a reason.
 */
@Service
@Transactional
public class Contributions {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 1000;
    /** How mails about a contribution name it in the outbox; its personal link is issued afresh under this name. */
    public static final String RELATED_MAILS = "contribution";

    /** A contribution as staff and mails see it. */
    public record ContributionView(
            long id,
            long eventId,
            String name,
            String email,
            String municipality,
            Contribution.Status status,
            @Nullable String title,
            @Nullable String summary,
            @Nullable Instant proposedAt,
            @Nullable String reason) {}

    /** What the member's form shows behind their link. */
    public record CallView(
            String name,
            String meeting,
            String when,
            @Nullable String title,
            @Nullable String summary) {}

    private final ContributionRepository contributions;
    private final ClimateManagerRepository managers;
    private final EventService events;
    private final Programme programme;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Contributions(
            ContributionRepository contributions,
            ClimateManagerRepository managers,
            EventService events,
            Programme programme,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.contributions = contributions;
        this.managers = managers;
        this.events = events;
        this.programme = programme;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Calls every member for the meeting; a member called before is not called twice. Returns how many now. */
    public int call(long eventId) {
        int called = 0;
        for (ClimateManager member : managers.findByNetworkMemberTrueOrderByNameAsc()) {
            if (!contributions.existsByEventIdAndEmailIgnoreCase(eventId, member.getEmail())) {
                contributions.save(new Contribution(eventId, member, clock.instant()));
                called++;
            }
        }
        return called;
    }

    /** The calls of the meeting still open for a proposal: whom the call's mail goes to. */
    @Transactional(readOnly = true)
    public List<ContributionView> openCalls(long eventId) {
        return contributions.findByEventIdOrderByIdAsc(eventId).stream()
                .filter(c -> c.getStatus() == Contribution.Status.CALLED)
                .map(Contribution::toView)
                .toList();
    }

    /** A fresh link to the member's form, working until the meeting's registration deadline; only its hash is kept. */
    public Optional<String> issueLink(long contributionId) {
        return contributions.findById(contributionId).map(contribution -> {
            Event meeting = events.find(contribution.getEventId()).orElseThrow();
            String token = PersonalTokens.random();
            contribution.newLink(PersonalTokens.hash(token), meeting.getRegistrationDeadline());
            return token;
        });
    }

    @Transactional(readOnly = true)
    public Optional<CallView> open(String token) {
        return opened(token).map(contribution -> {
            Event meeting = events.find(contribution.getEventId()).orElseThrow();
            ContributionView view = contribution.toView();
            return new CallView(
                    view.name(),
                    meeting.getTitle(),
                    Formats.dateTime(meeting.startsAt()),
                    view.title(),
                    view.summary());
        });
    }

    /**
     * The member's proposal, new or changed until the event team decides. False when the link opens nothing.
     *
     * @throws FieldProblems for {@code title} and {@code summary}
     */
    public boolean propose(String token, String title, String summary) {
        Optional<Contribution> found = opened(token);
        if (found.isEmpty()) {
            return false;
        }
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title, MAX_TITLE);
        text(problems, "summary", summary, MAX_SUMMARY);
        if (!problems.isEmpty()) {
            throw new FieldProblems("invalid contribution", problems);
        }
        Contribution contribution = found.get();
        if (contribution.propose(title.strip(), summary.strip(), clock.instant())) {
            publisher.publishEvent(new ContributionProposed(contribution.getId()));
        }
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<ContributionView> find(long contributionId) {
        return contributions.findById(contributionId).map(Contribution::toView);
    }

    /**
     * The event team's decision. Accepted, the project goes onto the agenda at the start of the meeting's first part,
     * with the member as its speaker (who is confirmed as speakers are); declined, the reason is what the mail says.
     */
    public void decide(long contributionId, boolean accepted, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if ((!accepted && why.isEmpty()) || why.length() > MAX_REASON) {
            throw new IllegalArgumentException("a declined contribution needs a reason of 1 to " + MAX_REASON);
        }
        Contribution contribution = contributions
                .findById(contributionId)
                .orElseThrow(() -> new IllegalArgumentException("no contribution " + contributionId));
        contribution.decide(accepted, why.isEmpty() ? null : why, currentUser.requireId(), clock.instant());
        if (accepted) {
            ContributionView view = contribution.toView();
            EventPart first =
                    events.find(view.eventId()).orElseThrow().getParts().get(0);
            contribution.onAgenda(programme.save(
                    view.eventId(),
                    null,
                    new AgendaDraft(
                            first.getId(),
                            first.getStartsAt(),
                            null,
                            String.valueOf(view.title()),
                            List.of(new AgendaDraft.SpeakerDraft(view.name(), view.municipality(), view.email())))));
        }
    }

    /** "Beitrag: Solarkataster – Jana Krüger" for the task list. */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        return contributions.findAllById(ids).stream()
                .map(Contribution::toView)
                .collect(Collectors.toMap(
                        ContributionView::id, view -> view.title() + " – " + view.name() + ", " + view.municipality()));
    }

    private Optional<Contribution> opened(String token) {
        if (!PersonalTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return contributions.findByTokenHash(PersonalTokens.hash(token)).filter(c -> c.opensAt(clock.instant()));
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "contribution.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "contribution.error.tooLong"));
        }
    }
}

package de.klimaflow.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;

/**
 * Erasure on request (GDPR Art. 17), as privacy-request.bpmn runs it: staff file the request; every other group whose
 * work holds data about the address confirms or refuses with a reason; then everything not refused is erased, the
 * person gets a reply saying what went and what was kept and why, and the address itself is blanked. This is the
 * staff's side (filing, answering, reading); the process's last steps are {@link ErasureSteps}.
 */
@Service
@Transactional
public class ErasureRequests {

    static final String CONFIRMED = "CONFIRMED";
    static final String REFUSED = "REFUSED";
    public static final int MAX_REASON = 2000;
    /** The groups answer within two weeks, so that the agency keeps the legal month. */
    public static final int REVIEW_DAYS = 14;
    /** Management hears of a request still open a week before the month ends. */
    public static final int ESCALATION_DAYS_BEFORE = 7;

    private static final LocalTime MORNING = LocalTime.of(8, 0);
    /** Not LocalTime.MAX: the database keeps microseconds and would round it into the next day. */
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private final HeldDataSearch search;
    private final ErasureRequestRepository requests;
    private final ErasureReviewRepository reviews;
    private final ErasureLogRepository log;
    private final ErasureKey key;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final I18NProvider texts;
    private final Clock clock;

    ErasureRequests(
            HeldDataSearch search,
            ErasureRequestRepository requests,
            ErasureReviewRepository reviews,
            ErasureLogRepository log,
            ErasureKey key,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            I18NProvider texts,
            Clock clock) {
        this.search = search;
        this.requests = requests;
        this.reviews = reviews;
        this.log = log;
        this.key = key;
        this.currentUser = currentUser;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** A request as staff see it; the address is null once the request is answered. */
    public record Request(
            long id,
            @Nullable String address,
            Locale language,
            LocalDate receivedOn,
            Instant reviewDue,
            Instant escalation,
            Instant deadline,
            String filedBy,
            String state,
            @Nullable Instant answeredAt,
            List<Review> reviews,
            List<Outcome> outcome) {

        public boolean isAnswered() {
            return address == null;
        }
    }

    /** One group's answer; {@code confirmed} is null while it is open. */
    public record Review(
            String group,
            @Nullable Boolean confirmed,
            @Nullable String reason,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    /** What the erasure did to one kind of data: how many things went, and bundle keys of what was kept and why. */
    public record Outcome(String category, int erased, List<String> kept) {}

    /**
     * Files a request that reached the agency on {@code receivedOn} (the month runs from then). The groups whose
     * work holds data about the address, other than the filer's own, are asked to confirm. One open request per
     * address.
     */
    public long file(String typed, Locale language, LocalDate receivedOn) {
        String address =
                PersonalDataRequests.address(typed).orElseThrow(() -> refused("address", "privacy.invalidAddress"));
        LocalDate today = Formats.today(clock);
        if (receivedOn.isAfter(today) || receivedOn.isBefore(today.minusMonths(1))) {
            throw refused("receivedOn", "privacy.request.receivedOutOfRange");
        }
        String hash = key.of(address);
        boolean alreadyOpen = requests.findByStateNotOrderByDeadline(ErasureRequest.State.ANSWERED).stream()
                .anyMatch(open -> open.getAddressHash().equals(hash));
        if (alreadyOpen) {
            throw refused("address", "privacy.request.alreadyOpen");
        }
        Instant deadline = receivedOn
                .plusMonths(1)
                .atTime(LAST_SECOND)
                .atZone(Formats.ZONE)
                .toInstant();
        ErasureRequest request = requests.save(new ErasureRequest(
                address, hash, language, receivedOn, deadline, currentUser.requireId(), clock.instant()));
        // data the filer's own group works with is confirmed by filing; other data is asked of each group holding it
        Set<String> groups = new TreeSet<>();
        search.all(address).stream()
                .map(found -> found.data().groups())
                .filter(holding -> holding.stream().noneMatch(this::ownedByFiler))
                .forEach(groups::addAll);
        groups.forEach(group -> reviews.save(new ErasureReview(request.getId(), group)));
        events.publishEvent(new ErasureRequested(request.getId()));
        return request.getId();
    }

    /** The filer confirms for their own groups by filing; operators are not a data owner's group. */
    private boolean ownedByFiler(String group) {
        return !Groups.OPERATORS.equals(group) && currentUser.isIn(group);
    }

    @Transactional(readOnly = true)
    public Optional<Request> find(long id) {
        return requests.findById(id).map(this::view);
    }

    /** The requests still running, the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<Request> running() {
        return requests.findByStateNotOrderByDeadline(ErasureRequest.State.ANSWERED).stream()
                .map(this::view)
                .toList();
    }

    /** The groups still to answer: the process asks each of them in a task of its own. */
    @Transactional(readOnly = true)
    public List<String> openReviews(long id) {
        return reviews.findByRequestIdOrderByGroupId(id).stream()
                .filter(ErasureReview::isOpen)
                .map(ErasureReview::getGroupId)
                .toList();
    }

    /** What the address holds now, for a group's review: the caller's own groups' part only. */
    @Transactional(readOnly = true)
    public List<HeldData> heldFor(long id, String group) {
        String address = request(id).getAddress();
        if (address == null || !currentUser.isIn(group)) {
            return List.of();
        }
        return search.all(address).stream()
                .map(HeldDataSearch.Found::data)
                .filter(data -> data.groups().contains(group))
                .toList();
    }

    /** A group confirms, or refuses with the reason the law gives for keeping the data. */
    public void decide(long id, String group, boolean confirmed, @Nullable String reason) {
        if (!currentUser.isIn(group)) {
            throw refused("", "privacy.request.notYourGroup");
        }
        String why = reason == null ? "" : reason.strip();
        if (!confirmed && why.isEmpty()) {
            throw refused("reason", "privacy.request.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw refused("reason", "privacy.request.reasonTooLong");
        }
        ErasureReview review = reviews.findByRequestIdAndGroupId(id, group)
                .filter(ErasureReview::isOpen)
                .orElseThrow(() -> refused("", "privacy.request.alreadyDecided"));
        review.decide(confirmed, why.isEmpty() ? null : why, currentUser.requireId(), clock.instant());
    }

    /** What the form shows at the field; nothing was stored. */
    public static FieldProblems refused(String field, String message) {
        return new FieldProblems("erasure request", List.of(new FieldProblem(field, message)));
    }

    private ErasureRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> new IllegalArgumentException("no erasure request " + id));
    }

    private Request view(ErasureRequest request) {
        LocalDate due = request.getReceivedOn().plusDays(REVIEW_DAYS);
        LocalDate escalation =
                request.getDeadline().atZone(Formats.ZONE).toLocalDate().minusDays(ESCALATION_DAYS_BEFORE);
        return new Request(
                request.getId(),
                request.getAddress(),
                request.getLanguage(),
                request.getReceivedOn(),
                due.atTime(MORNING).atZone(Formats.ZONE).toInstant(),
                escalation.atTime(MORNING).atZone(Formats.ZONE).toInstant(),
                request.getDeadline(),
                request.getFiledBy(),
                request.getState().name(),
                request.getAnsweredAt(),
                reviews.findByRequestIdOrderByGroupId(request.getId()).stream()
                        .map(review -> new Review(
                                review.getGroupId(),
                                review.isOpen() ? null : !review.isRefused(),
                                review.getReason(),
                                review.getDecidedBy(),
                                review.getDecidedAt()))
                        .toList(),
                request.getOutcome().stream()
                        .map(o -> new Outcome(
                                o.category(),
                                o.erased(),
                                o.kept().isEmpty()
                                        ? List.of()
                                        : List.of(o.kept().split(","))))
                        .toList());
    }
}

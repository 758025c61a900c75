package de.klimaflow.consultation;

import java.time.Clock;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import de.klimaflow.notification.MailRenderer;
import de.klimaflow.notification.RenderedMail;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.tasks.WorkTaskService;
import jakarta.validation.Valid;

/** Receives inquiries and records the advisors' answers. */
@Service
@Validated
@Transactional
public class InquiryService {

    public static final int MAX_ANSWER_LENGTH = 4000;

    private final InquiryRepository inquiries;
    private final ApplicationEventPublisher publisher;
    private final WorkTaskService workTasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailRenderer renderer;
    private final UserDirectory users;

    public InquiryService(InquiryRepository inquiries, ApplicationEventPublisher publisher, WorkTaskService workTasks,
            CurrentUser currentUser, Clock clock,
            MailRenderer renderer, UserDirectory users) {
        this.renderer = renderer;
        this.users = users;
        this.inquiries = inquiries;
        this.publisher = publisher;
        this.workTasks = workTasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores the inquiry; its process starts in the same transaction (see {@link InquiryReceived}). */
    public InquiryDetails receive(@Valid NewInquiry request) {
        Inquiry inquiry = inquiries.saveAndFlush(new Inquiry(request.municipality().strip(), request.contactName().strip(),
                request.contactEmail().strip(), request.question().strip(), clock.instant()));
        publisher.publishEvent(new InquiryReceived(inquiry.getId()));
        return InquiryDetails.of(inquiry);
    }

    /** Labels for the task list, by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        return inquiries.findAllById(ids).stream()
                .collect(Collectors.toMap(Inquiry::getId, inquiry -> InquiryDetails.of(inquiry).label()));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return inquiries.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<InquiryDetails> find(long id) {
        return inquiries.findById(id).map(InquiryDetails::of);
    }

    /** Records the answer and completes the advisor's task; both commit or neither does. */
    /** The whole mail as the municipality would receive it, signed by the signed-in advisor; nothing is sent. */
    @Transactional(readOnly = true)
    public RenderedMail previewAnswer(long inquiryId, String text) {
        InquiryDetails inquiry = find(inquiryId).orElseThrow(() -> new IllegalArgumentException("no inquiry " + inquiryId));
        String advisor = currentUser.id().map(users::displayName).orElse("");
        return renderer.render(InquiryAnswerMail.of(inquiry, text == null ? "" : text.strip(), advisor));
    }

    public void answer(String taskId, long inquiryId, String text) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty() || answer.length() > MAX_ANSWER_LENGTH) {
            throw new IllegalArgumentException("answer must have 1 to " + MAX_ANSWER_LENGTH + " characters");
        }
        Inquiry inquiry = inquiries.findById(inquiryId)
                .orElseThrow(() -> new IllegalArgumentException("no inquiry " + inquiryId));
        inquiry.answer(answer, currentUser.requireId(), clock.instant());
        workTasks.complete(taskId, Map.of());
    }
}

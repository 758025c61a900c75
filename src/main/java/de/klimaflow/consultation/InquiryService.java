package de.klimaflow.consultation;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import de.klimaflow.security.CurrentUser;
import de.klimaflow.tasks.WorkTaskService;
import jakarta.validation.Valid;

/** Receives inquiries and records the advisors' answers. */
@Service
@Validated
@Transactional
public class InquiryService {

    public static final int MAX_ANSWER_LENGTH = 4000;

    private final InquiryRepository inquiries;
    private final RuntimeService runtimeService;
    private final WorkTaskService workTasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    public InquiryService(InquiryRepository inquiries, RuntimeService runtimeService, WorkTaskService workTasks,
            CurrentUser currentUser, Clock clock) {
        this.inquiries = inquiries;
        this.runtimeService = runtimeService;
        this.workTasks = workTasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores the inquiry and starts its process, in one transaction. */
    public InquiryDetails receive(@Valid NewInquiry request) {
        Inquiry inquiry = inquiries.save(new Inquiry(request.municipality().strip(), request.contactName().strip(),
                request.contactEmail().strip(), request.question().strip(), clock.instant()));
        runtimeService.startProcessInstanceByKey(InquiryProcess.PROCESS_KEY, inquiry.getId().toString());
        return InquiryDetails.of(inquiry);
    }

    @Transactional(readOnly = true)
    public Optional<InquiryDetails> find(long id) {
        return inquiries.findById(id).map(InquiryDetails::of);
    }

    /** Records the answer and completes the advisor's task; both commit or neither does. */
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

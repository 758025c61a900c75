package de.klimaflow.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;

/**
 * A case's dated timeline. Steps write a {@link TimelineMessage}, which is kept with its German wording and shown in
 * the reader's language; notes, calls and file names are shown as they were written.
 */
@Service
@Transactional
public class CaseTimeline {

    private final CaseEntryRepository entries;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseTimeline(CaseEntryRepository entries, MessageSource messages, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The timeline, oldest first, in German. */
    @Transactional(readOnly = true)
    public List<ConsultationService.TimelineEntry> of(long caseId) {
        return of(caseId, Locale.GERMAN);
    }

    /** The timeline, oldest first, in the reader's language. */
    @Transactional(readOnly = true)
    public List<ConsultationService.TimelineEntry> of(long caseId, Locale locale) {
        return entries.findByCaseIdOrderByAtAscIdAsc(caseId).stream()
                .map(entry -> entry.toView(
                        entry.message().map(message -> text(message, locale)).orElse(entry.getText())))
                .toList();
    }

    void step(long caseId, CaseEntry.Kind kind, TimelineMessage message) {
        entries.save(new CaseEntry(caseId, clock.instant(), by(), kind, message, text(message, Locale.GERMAN)));
    }

    void text(long caseId, CaseEntry.Kind kind, String text) {
        entries.save(new CaseEntry(caseId, clock.instant(), by(), kind, text));
    }

    private String by() {
        return currentUser.id().orElse(ConsultationService.SYSTEM);
    }

    private String text(TimelineMessage message, Locale locale) {
        Object[] args = message.args().stream()
                .map(arg -> arg.startsWith("#") ? messages.getMessage(arg.substring(1), null, locale) : arg)
                .toArray();
        String said = messages.getMessage(message.key(), args, locale);
        return message.note().isEmpty() ? said : said + "\n" + message.note();
    }
}

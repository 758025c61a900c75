package de.klimaflow.events.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.events.Event;
import de.klimaflow.events.EventPart;
import de.klimaflow.events.EventRegistrations;
import de.klimaflow.events.EventRegistrations.Participant;
import de.klimaflow.events.EventService;
import de.klimaflow.notification.MailAttachment;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.platform.MailAddresses;

/**
 * The catering order: per part the head count and the participants' dietary notes, counted and without names (the
 * caterer needs numbers, not people), in the mail and as CSV. No caterer named on the participant-list step: no mail.
 */
@Component
class CateringMails implements MailComposer {

    private final EventService events;
    private final EventRegistrations registrations;

    CateringMails(EventService events, EventRegistrations registrations) {
        this.events = events;
        this.registrations = registrations;
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return EventPlanningProcess.PROCESS_KEY.equals(processDefinitionKey)
                && EventPlanningProcess.MAIL_CATERING_ORDER.equals(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MailRequest> compose(String kind, MailContext context) {
        Event event = events.find(Long.parseLong(context.businessKey()))
                .orElseThrow(() -> new IllegalStateException("no event " + context.businessKey()));
        String caterer = event.getCatererEmail();
        if (caterer == null || !MailAddresses.isValid(caterer)) {
            return List.of();
        }
        List<Participant> participants = registrations.participants(event.getId());
        List<String> lines = new ArrayList<>();
        StringBuilder csv = new StringBuilder("\uFEFFProgrammteil;Termin;Personen;Hinweis;Anzahl\r\n");
        for (EventPart part : event.getParts()) {
            List<Participant> seated = participants.stream()
                    .filter(p -> p.partIds().contains(part.getId()))
                    .toList();
            Map<String, Integer> notes =
                    notesCounted(seated.stream().map(Participant::needs).toList());
            lines.add(event.sessionLine(part) + ": " + (seated.size() == 1 ? "1 Person" : seated.size() + " Personen")
                    + (notes.isEmpty() ? "" : ", davon " + describe(notes)));
            csv.append(cell(part.getTitle()))
                    .append(';')
                    .append(cell(event.sessionLine(part)))
                    .append(';')
                    .append(seated.size())
                    .append(";;\r\n");
            notes.forEach((note, count) -> csv.append(cell(part.getTitle()))
                    .append(";;;")
                    .append(cell(note))
                    .append(';')
                    .append(count)
                    .append("\r\n"));
        }
        Map<String, Object> model = Map.of(
                "eventTitle", event.getTitle(),
                "parts", lines,
                "contactName", String.valueOf(event.getContactName()),
                "contactEmail", String.valueOf(event.getContactEmail()));
        return List.of(new MailRequest(
                kind,
                new Recipient(
                        event.getCatererName() == null ? caterer : event.getCatererName(), caterer, Locale.GERMAN),
                model,
                null,
                EventMails.RELATED_EVENT,
                event.getId().toString(),
                List.of(new MailAttachment(
                        "catering-" + event.getId() + ".csv",
                        "text/csv; charset=UTF-8",
                        csv.toString().getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * People's notes, each comma-separated entry counted once per person ("vegetarisch": 4): as the people wrote them,
     * lower case, so that "Vegetarisch" and "vegetarisch" are one line. Counted, they name nobody.
     */
    static Map<String, Integer> notesCounted(List<@Nullable String> perPerson) {
        Map<String, Integer> counted = new TreeMap<>();
        for (String notes : perPerson) {
            if (notes == null) {
                continue;
            }
            java.util.Arrays.stream(notes.split("[,;\\n]"))
                    .map(note -> note.strip().toLowerCase(Locale.GERMAN))
                    .filter(note -> !note.isEmpty())
                    .distinct()
                    .forEach(note -> counted.merge(note, 1, Integer::sum));
        }
        return counted;
    }

    /** "4 × vegetarisch, 1 × vegan" */
    static String describe(Map<String, Integer> notes) {
        return String.join(
                ", ",
                notes.entrySet().stream()
                        .map(note -> note.getValue() + " × " + note.getKey())
                        .toList());
    }

    private static String cell(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

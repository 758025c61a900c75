package de.klimaflow.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.MailAddresses;

/** The rules a draft must meet before it is stored; every problem names its field and an i18n key. */
public final class EventRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    /** Leichte Sprache is short: a few sentences of one statement each. */
    public static final int MAX_EASY_LANGUAGE = 1500;

    public static final int MAX_PARTS = 20;

    static List<FieldProblem> check(EventDraft draft, @Nullable Integer venueCapacity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.type() == null) {
            problems.add(new FieldProblem("type", "event.error.required"));
        }
        text(problems, "title", draft.title(), MAX_TITLE, true);
        text(problems, "description", draft.description(), MAX_DESCRIPTION, false);
        text(problems, "contactName", draft.contactName(), 200, true);
        if (draft.contactEmail() == null
                || !MailAddresses.isValid(draft.contactEmail().strip())) {
            problems.add(new FieldProblem("contactEmail", "event.error.email"));
        }
        if (draft.format() == null) {
            problems.add(new FieldProblem("format", "event.error.required"));
        } else {
            if (draft.format().needsVenue() && draft.venueId() == null) {
                problems.add(new FieldProblem("venue", "event.error.venueRequired"));
            }
            if (draft.format().needsVideoLink() && !isWebLink(draft.videoLink())) {
                problems.add(new FieldProblem("videoLink", "event.error.videoLink"));
            }
        }
        if (draft.registrationDeadline() == null) {
            problems.add(new FieldProblem("registrationDeadline", "event.error.required"));
        } else if (draft.registrationOpensAt() != null
                && !draft.registrationOpensAt().isBefore(draft.registrationDeadline())) {
            problems.add(new FieldProblem("registrationOpensAt", "event.error.opensAfterDeadline"));
        }

        List<EventDraft.Part> parts = draft.parts() == null ? List.of() : draft.parts();
        if (parts.isEmpty()) {
            problems.add(new FieldProblem("parts", "event.error.noParts"));
        } else if (parts.size() > MAX_PARTS) {
            problems.add(new FieldProblem("parts", "event.error.tooManyParts"));
        }
        for (int i = 0; i < parts.size() && i < MAX_PARTS; i++) {
            checkPart(problems, "parts[" + i + "].", parts.get(i), draft, venueCapacity);
        }
        checkParallelSessions(problems, parts);
        return problems.stream().distinct().toList();
    }

    private static void checkPart(
            List<FieldProblem> problems,
            String prefix,
            EventDraft.Part part,
            EventDraft draft,
            @Nullable Integer venueCapacity) {
        text(problems, prefix + "title", part.title(), MAX_TITLE, true);
        text(problems, prefix + "description", part.description(), 2000, false);
        if (part.startsAt() == null || part.endsAt() == null) {
            problems.add(new FieldProblem(
                    prefix + (part.startsAt() == null ? "startsAt" : "endsAt"), "event.error.required"));
        } else {
            if (!part.endsAt().isAfter(part.startsAt())) {
                problems.add(new FieldProblem(prefix + "endsAt", "event.error.endBeforeStart"));
            }
            if (draft.registrationDeadline() != null
                    && !draft.registrationDeadline().isBefore(part.startsAt())) {
                problems.add(new FieldProblem("registrationDeadline", "event.error.deadlineAfterEvent"));
            }
        }
        if (part.capacity() <= 0) {
            problems.add(new FieldProblem(prefix + "capacity", "event.error.capacity"));
        } else if (venueCapacity != null
                && draft.format() != null
                && draft.format().needsVenue()
                && part.capacity() > venueCapacity) {
            problems.add(new FieldProblem(prefix + "capacity", "event.error.capacityOverVenue"));
        }
        if (part.audiences() == null || part.audiences().isEmpty()) {
            problems.add(new FieldProblem(prefix + "audiences", "event.error.audience"));
        }
    }

    /** Sessions of one slot run side by side: at the same time, each in a room of its own. */
    private static void checkParallelSessions(List<FieldProblem> problems, List<EventDraft.Part> parts) {
        Map<String, EventDraft.Part> firstOfSlot = new HashMap<>();
        Set<String> roomsTaken = new HashSet<>();
        for (int i = 0; i < parts.size() && i < MAX_PARTS; i++) {
            EventDraft.Part part = parts.get(i);
            String prefix = "parts[" + i + "].";
            text(problems, prefix + "slot", part.slot(), 100, false);
            text(problems, prefix + "room", part.room(), 200, false);
            if (part.slot() == null || part.slot().isBlank()) {
                continue;
            }
            String slot = part.slot().strip();
            EventDraft.Part first = firstOfSlot.putIfAbsent(slot, part);
            if (first != null
                    && (!Objects.equals(first.startsAt(), part.startsAt())
                            || !Objects.equals(first.endsAt(), part.endsAt()))) {
                problems.add(new FieldProblem(prefix + "startsAt", "event.error.slotTimes"));
            }
            if (part.room() != null
                    && !part.room().isBlank()
                    && !roomsTaken.add(slot + "\n" + part.room().strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem(prefix + "room", "event.error.roomTwice"));
            }
        }
    }

    static void text(List<FieldProblem> problems, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "event.error.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "event.error.tooLong"));
        }
    }

    public static boolean isWebLink(@Nullable String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private EventRules() {}
}

package de.klimaflow.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.MailAddresses;

/** The rules a venue must meet before it is stored; every problem names its field and an i18n key. */
public final class VenueRules {

    public static final int MAX_ROOMS = 30;
    public static final int MAX_ROOM_SEATS = 10_000;
    public static final int MAX_ACCESSIBILITY = 2000;

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()/\\-]{3,50}");

    private VenueRules() {}

    static List<FieldProblem> check(VenueDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        EventRules.text(problems, "name", draft.name(), 200, true);
        EventRules.text(problems, "street", draft.street(), 200, true);
        if (draft.postalCode() == null
                || !POSTAL_CODE.matcher(draft.postalCode().strip()).matches()) {
            problems.add(new FieldProblem("postalCode", "venue.error.postalCode"));
        }
        EventRules.text(problems, "city", draft.city(), 120, true);
        EventRules.text(problems, "accessibility", draft.accessibility(), MAX_ACCESSIBILITY, false);
        EventRules.text(problems, "contactName", draft.contactName(), 200, false);
        String email = blankToNull(draft.contactEmail());
        if (email != null && !MailAddresses.isValid(email)) {
            problems.add(new FieldProblem("contactEmail", "event.error.email"));
        }
        String phone = blankToNull(draft.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("contactPhone", "venue.error.phone"));
        }
        List<VenueDraft.Room> rooms = draft.rooms() == null ? List.of() : draft.rooms();
        if (rooms.isEmpty()) {
            problems.add(new FieldProblem("rooms", "venue.error.noRooms"));
        } else if (rooms.size() > MAX_ROOMS) {
            problems.add(new FieldProblem("rooms", "venue.error.tooManyRooms"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rooms.size() && i < MAX_ROOMS; i++) {
            VenueDraft.Room room = rooms.get(i);
            String prefix = "rooms[" + i + "].";
            EventRules.text(problems, prefix + "name", room.name(), 200, true);
            if (room.name() != null
                    && !room.name().isBlank()
                    && !names.add(room.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(prefix + "name", "venue.error.roomTwice"));
            }
            if (room.capacity() < 1 || room.capacity() > MAX_ROOM_SEATS) {
                problems.add(new FieldProblem(prefix + "capacity", "venue.error.roomSeats"));
            }
        }
        return problems;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

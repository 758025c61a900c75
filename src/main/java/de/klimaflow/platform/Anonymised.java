package de.klimaflow.platform;

import org.jspecify.annotations.Nullable;

/**
 * What stands where erased personal data was: one German word in the database, for every feature, which the staff UI
 * shows in the reader's language.
 */
public final class Anonymised {

    public static final String MARKER = "anonymisiert";

    private Anonymised() {}

    public static boolean is(@Nullable String value) {
        return MARKER.equals(value);
    }
}

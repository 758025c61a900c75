package de.klimaflow.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the staff shell needs to know about whoever uses it. The shell owns this interface and the
 * security feature implements it, so the shell depends on no feature.
 */
public interface ShellAccount {

    /** The signed-in user's name as colleagues know it, or empty for anonymous visitors. */
    Optional<String> displayName();

    /** Operators see a link to Cockpit. */
    boolean isOperator();

    /** The language the signed-in user chose, if any. */
    Optional<Locale> preferredLocale();

    /** Remembers the choice for the signed-in user; does nothing for anonymous visitors. */
    void savePreferredLocale(Locale locale);
}

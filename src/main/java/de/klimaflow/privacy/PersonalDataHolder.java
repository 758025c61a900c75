package de.klimaflow.privacy;

import java.util.List;
import java.util.Set;

/**
 * The port every feature that stores personal data implements: for one e-mail address it finds what it holds,
 * describes it in plain words for the export, and erases or anonymises it, saying what it kept and why. The features
 * are found as Spring beans; a feature with personal-data columns and no holder fails {@code PersonalDataPortTest}.
 */
public interface PersonalDataHolder {

    /**
     * Every kind of data this feature holds about people, as the bundle keys of their categories: the record of
     * processing activities (Art. 30) is generated from them.
     */
    List<String> categories();

    /** What this feature holds about the address, one entry per kind of data; empty when it holds nothing. */
    List<HeldData> find(String address);

    /**
     * Whether this feature holds free text that may name a person without their address (task comments): it is asked
     * after the others, with the names and phone numbers they hold for the address.
     */
    default boolean searchesFreeText() {
        return false;
    }

    /** What a free-text holder holds about the address or any of these names and numbers. */
    default List<HeldData> find(String address, Set<String> alsoKnownAs) {
        return find(address);
    }

    /**
     * Erases or anonymises one part of what {@link #find} returns (its {@link HeldData#scope()}), in the caller's transaction. What the law requires
     * the agency to keep (that an event took place with N participants, a granted position in the statistics) stays,
     * and is named.
     */
    Erased erase(String address, String scope);
}

package de.klimaflow.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A holder of free text that may name a person without their address (task comments, process variables): it is asked
 * after the others, with the names and phone numbers they hold, and searches its text for any of them.
 */
public abstract class FreeTextPersonalData implements PersonalDataHolder {

    @Override
    public final boolean searchesFreeText() {
        return true;
    }

    @Override
    public final List<HeldData> find(String address) {
        return find(address, Set.of());
    }

    @Override
    public abstract List<HeldData> find(String address, Set<String> alsoKnownAs);

    /** SQL LIKE patterns for the address and each name or number, lower case, one each. */
    protected static List<String> likePatterns(String address, Set<String> alsoKnownAs) {
        List<String> patterns = new ArrayList<>();
        patterns.add("%" + address.strip().toLowerCase(Locale.ROOT) + "%");
        alsoKnownAs.forEach(known -> patterns.add("%" + known.strip().toLowerCase(Locale.ROOT) + "%"));
        return patterns;
    }
}

package de.klimaflow.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Finds what every feature holds about an address, in two passes: first the features that store the address, then
 * those that hold free text (task comments), searched for the address and for the names and phone numbers the first
 * pass found, so that a note naming the person without the address is found too.
 */
@Component
class HeldDataSearch {

    /** Shorter values (initials, a bare first name) would find other people's notes. */
    private static final int MIN_IDENTIFIER = 6;

    private static final Set<String> IDENTIFYING = Set.of("privacy.field.name", "privacy.field.phone");

    private final List<PersonalDataHolder> holders;

    HeldDataSearch(List<PersonalDataHolder> holders) {
        this.holders = holders;
    }

    /** One kind of data and the holder that erases it. */
    record Found(PersonalDataHolder holder, HeldData data) {}

    List<Found> all(String address) {
        List<Found> found = new ArrayList<>();
        holders.stream()
                .filter(holder -> !holder.searchesFreeText())
                .forEach(holder -> holder.find(address).stream()
                        .filter(data -> !data.items().isEmpty())
                        .forEach(data -> found.add(new Found(holder, data))));
        Set<String> knownAs = new LinkedHashSet<>();
        found.stream()
                .flatMap(f -> f.data().items().stream())
                .flatMap(item -> item.fields().stream())
                .filter(field -> IDENTIFYING.contains(field.label()) && field.value() != null)
                .map(field -> field.value().strip())
                .filter(value -> value.length() >= MIN_IDENTIFIER
                        && !value.toLowerCase(Locale.ROOT).equals(de.klimaflow.platform.Anonymised.MARKER))
                .forEach(knownAs::add);
        holders.stream()
                .filter(PersonalDataHolder::searchesFreeText)
                .forEach(holder -> holder.find(address, knownAs).stream()
                        .filter(data -> !data.items().isEmpty())
                        .forEach(data -> found.add(new Found(holder, data))));
        return found;
    }
}

package de.klimaflow.privacy;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One kind of data a feature holds about an address.
 *
 * @param category  bundle key of its name, e.g. {@code privacy.category.registrations}; the bundles also hold its
 *                  purpose, legal basis, retention and recipients under {@code <category>.purpose} and so on
 * @param scope     the holder's own name for this part of its data, handed back to {@link PersonalDataHolder#erase}
 * @param groups    the staff groups whose work it is: only they (and operators) see the items in detail
 * @param items     each thing held, in plain words
 */
public record HeldData(String category, String scope, Set<String> groups, List<Item> items) {

    /**
     * One thing held: a title and its fields.
     *
     * @param title what it is, e.g. the event's title
     */
    public record Item(String title, List<Field> fields) {}

    /**
     * One field of a thing held.
     *
     * @param label bundle key of the field's name
     * @param value the value as stored, or a bundle key when it starts with {@code #} (a status, a role): no raw codes
     */
    public record Field(String label, @Nullable String value) {

        /** A field whose value is a bundle key, e.g. {@code registration.status.CONFIRMED}. */
        public static Field coded(String label, String key) {
            return new Field(label, "#" + key);
        }
    }
}

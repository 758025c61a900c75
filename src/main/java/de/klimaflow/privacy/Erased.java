package de.klimaflow.privacy;

import java.util.List;

/**
 * What an erasure did to one kind of data.
 *
 * @param category bundle key of the kind of data, as in {@link HeldData#category()}
 * @param count    how many things were erased or anonymised
 * @param kept     bundle keys saying what was kept on purpose and why; empty when nothing was
 */
public record Erased(String category, int count, List<String> kept) {}

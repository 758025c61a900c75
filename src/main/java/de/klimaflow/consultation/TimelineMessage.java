package de.klimaflow.consultation;

import java.util.List;

/**
 * What a step says on a case's timeline, in no language yet: a key of the message bundle ({@code case.log.*}), its
 * arguments, and the advisor's own note below it. An argument that starts with {@code #} is itself a key.
 */
record TimelineMessage(String key, List<String> args, String note) {

    static TimelineMessage of(String key, Object... args) {
        return new TimelineMessage(
                key, java.util.Arrays.stream(args).map(String::valueOf).toList(), "");
    }

    TimelineMessage withNote(String note) {
        return new TimelineMessage(key, args, note);
    }
}

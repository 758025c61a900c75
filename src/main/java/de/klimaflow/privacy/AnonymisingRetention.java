package de.klimaflow.privacy;

import java.time.Instant;
import java.util.List;

/**
 * A retention rule that anonymises each thing past its time, one by one: a feature says what is due and how one
 * thing is anonymised, the counting and the loop are here.
 */
public abstract class AnonymisingRetention<T> implements RetentionRule {

    /** The things past their retention at this moment. */
    protected abstract List<T> dueAt(Instant now);

    /** Anonymises one of them, as an erasure on request would. */
    protected abstract void anonymise(T thing);

    @Override
    public long due(Instant now) {
        return dueAt(now).size();
    }

    @Override
    public int apply(Instant now) {
        List<T> due = dueAt(now);
        due.forEach(this::anonymise);
        return due.size();
    }
}

package de.klimaflow.privacy;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every feature's retention rules at once: what is due now, for the privacy page, and applying them all. */
@Service
@Transactional
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final List<RetentionRule> rules;
    private final Clock clock;

    Retention(List<RetentionRule> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** How many things of one kind are past their retention. */
    public record Due(String category, long count) {}

    @Transactional(readOnly = true)
    public List<Due> due() {
        return rules.stream()
                .map(rule -> new Due(rule.category(), rule.due(clock.instant())))
                .toList();
    }

    /** Applies every rule; returns how many things went, and logs the counts (never what they were). */
    public int applyAll() {
        int total = 0;
        for (RetentionRule rule : rules) {
            int applied = rule.apply(clock.instant());
            if (applied > 0) {
                LOG.info("Retention: {} of {} anonymised or blanked", applied, rule.category());
            }
            total += applied;
        }
        return total;
    }
}

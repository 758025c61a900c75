package de.klimaflow.registration;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;

/** Writes and reads the audit trail; the actor is the signed-in staff member, if any. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistrationLog {

    private final RegistrationLogRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegistrationLog(RegistrationLogRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void add(long registrationId, RegistrationLogEntry.Kind kind, @Nullable String detail) {
        entries.save(new RegistrationLogEntry(
                registrationId, clock.instant(), currentUser.id().orElse(null), kind, detail));
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    List<RegistrationLogEntry> of(long registrationId) {
        return entries.findByRegistrationIdOrderByAtAscIdAsc(registrationId);
    }
}

package de.klimaflow.registration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationTokenRepository extends JpaRepository<RegistrationToken, String> {

    @Modifying
    @Query("delete from RegistrationToken t where t.registrationId = ?1")
    void deleteByRegistrationId(long registrationId);

    /** Personal links of an event's registrations work until the event is over, also when it moves. */
    @Modifying
    @Query("update RegistrationToken t set t.expiresAt = ?3 where t.purpose = ?2 and t.registrationId in"
            + " (select r.id from Registration r where r.eventId = ?1)")
    int expireWithEvent(long eventId, RegistrationToken.Purpose purpose, java.time.Instant eventEnd);
}

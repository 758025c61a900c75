package de.klimaflow.registration;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByEventIdOrderByIdAsc(long eventId);

    boolean existsByEventId(long eventId);

    List<Registration> findByEventIdAndStatusInOrderByIdAsc(long eventId, Collection<RegistrationStatus> statuses);

    List<Registration> findByEventIdAndAnonymisedAtIsNull(long eventId);

    /** [event part id, registrations] for the given parts and status, one query for a whole list page. */
    @Query("select p, count(r) from Registration r join r.partIds p where p in ?1 and r.status = ?2 group by p")
    List<Object[]> countByPart(Collection<Long> partIds, RegistrationStatus status);

    @Query("select r.status, count(r) from Registration r where r.eventId = ?1 group by r.status")
    List<Object[]> countByStatus(long eventId);
}

package de.klimaflow.registration;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByEventIdOrderByIdAsc(long eventId);

    List<Registration> findByEventIdAndStatusInOrderByIdAsc(long eventId, Collection<RegistrationStatus> statuses);

    List<Registration> findByEventIdAndAnonymisedAtIsNull(long eventId);
}

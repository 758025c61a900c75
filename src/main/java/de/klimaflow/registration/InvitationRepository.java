package de.klimaflow.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByEventIdOrderByEmailAsc(long eventId);

    Optional<Invitation> findByTokenHash(String tokenHash);

    boolean existsByRegistrationId(long registrationId);

    List<Invitation> findByEmail(String email);
}

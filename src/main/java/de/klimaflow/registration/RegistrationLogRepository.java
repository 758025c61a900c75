package de.klimaflow.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationLogRepository extends JpaRepository<RegistrationLogEntry, Long> {

    List<RegistrationLogEntry> findByRegistrationIdOrderByAtAscIdAsc(long registrationId);
}

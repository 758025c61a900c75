package de.klimaflow.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailingRepository extends JpaRepository<Mailing, Long> {

    List<Mailing> findByEventIdOrderByCreatedAtDesc(long eventId);
}

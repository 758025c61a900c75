package de.klimaflow.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailingRepository extends JpaRepository<Mailing, Long> {

    List<Mailing> findByEventIdOrderByCreatedAtDesc(long eventId);

    /** One recipient, read without loading the whole list: every send job of a large mail-out asks for its own. */
    @Query("select r from Mailing m join m.recipients r where m.id = ?1 and index(r) = ?2")
    Optional<Mailing.Recipient> recipientAt(long mailingId, int position);
}

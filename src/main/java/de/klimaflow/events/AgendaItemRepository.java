package de.klimaflow.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByEventIdOrderByStartsAtAscIdAsc(long eventId);

    @Query("select s from Speaker s join fetch s.item where lower(s.email) = lower(:address)")
    List<Speaker> speakersAddressedAs(String address);

    @Query("select s from Speaker s join fetch s.item i where i.eventId = :eventId and s.confirmationPending = true"
            + " order by i.startsAt, s.position")
    List<Speaker> pendingConfirmations(long eventId);
}

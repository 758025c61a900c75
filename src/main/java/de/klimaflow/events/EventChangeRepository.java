package de.klimaflow.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventChangeRepository extends JpaRepository<EventChange, Long> {

    List<EventChange> findByEventIdOrderByChangedAtDescIdDesc(long eventId);
}

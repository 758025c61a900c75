package de.klimaflow.events;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaMaterialRepository extends JpaRepository<AgendaMaterial, Long> {

    List<AgendaMaterial> findByEventIdOrderByIdAsc(long eventId);
}

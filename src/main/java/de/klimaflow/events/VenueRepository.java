package de.klimaflow.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<Venue, Long> {

    Optional<Venue> findByNameIgnoreCase(String name);

    List<Venue> findAllByOrderByNameAsc();
}

package de.klimaflow.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventSeriesRepository extends JpaRepository<EventSeries, Long> {

    Optional<EventSeries> findByTitle(String title);

    List<EventSeries> findAllByOrderByTitleAsc();
}

package de.klimaflow.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long> {

    /** The event with everything a page or a mail shows of it: parts, venue, series. */
    @EntityGraph(attributePaths = {"parts", "venue", "series"}, type = EntityGraph.EntityGraphType.LOAD)
    Optional<Event> findWithDetailsById(long id);

    @EntityGraph(attributePaths = {"parts", "venue"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Event> findByStatusInOrderByRegistrationDeadlineAsc(List<EventStatus> statuses);

    @EntityGraph(attributePaths = {"parts", "venue"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Event> findAllByOrderByRegistrationDeadlineDesc();
}

package de.klimaflow.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EventRepository extends JpaRepository<Event, Long> {

    /**
     * The event with everything a page or a mail shows of it: parts, venue, series. Every registration and
     * its opt-in mail read it, so it is a query string: Hibernate keeps the translation of a string, while a
     * derived query's criteria is translated anew on each call (see src/bench/notes.md, intake).
     */
    @Query(
            "select e from Event e left join fetch e.parts left join fetch e.venue left join fetch e.series where e.id = ?1")
    Optional<Event> findWithDetailsById(long id);

    /**
     * What every registration reads of its event, one row per part, without loading the event: hydrating it with
     * its parts and their audiences, and dirty-checking them at each flush, was a seventh of the request's CPU.
     */
    @Query(
            "select new de.klimaflow.events.RegistrationTermsRow(e.id, e.invitationOnly, e.status, e.registrationOpensAt,"
                    + " e.registrationDeadline, p.id, p.endsAt, p.slot) from Event e left join e.parts p where e.id = ?1")
    List<RegistrationTermsRow> findRegistrationTermsRows(long id);

    @Query("select e.title from Event e where e.id = ?1")
    Optional<String> findTitleById(long id);

    @EntityGraph(
            attributePaths = {"parts", "venue"},
            type = EntityGraph.EntityGraphType.LOAD)
    List<Event> findByStatusInOrderByRegistrationDeadlineAsc(List<EventStatus> statuses);

    @EntityGraph(
            attributePaths = {"parts", "venue"},
            type = EntityGraph.EntityGraphType.LOAD)
    List<Event> findAllByOrderByRegistrationDeadlineDesc();

    @EntityGraph(attributePaths = "parts", type = EntityGraph.EntityGraphType.LOAD)
    List<Event> findByVenueIdAndStatusIn(long venueId, Collection<EventStatus> statuses);

    /**
     * The parts, each row locked until the transaction ends (SELECT … FOR UPDATE), always in id order
     * so that two transactions never wait for each other in a circle.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from EventPart p where p.id in ?1 order by p.id")
    List<EventPart> lockParts(Collection<Long> partIds);
}

package de.klimaflow.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /**
     * Whether the address was confirmed, read from the row (not from a registration this transaction has loaded
     * already) and locking the row until the transaction ends.
     */
    @Query(value = "select confirmed_at is not null from registration where id = ?1 for update", nativeQuery = true)
    Optional<Boolean> lockAndReadAddressConfirmed(long id);

    /** Whether the address was confirmed, read from the row without locking it. */
    @Query(value = "select confirmed_at is not null from registration where id = ?1", nativeQuery = true)
    Optional<Boolean> addressConfirmed(long id);

    List<Registration> findByEventIdOrderByIdAsc(long eventId);

    @Query("select r.createdAt from Registration r where r.eventId in ?1 and r.createdAt >= ?2")
    List<java.time.Instant> createdSince(java.util.Collection<Long> eventIds, java.time.Instant since);

    boolean existsByEventId(long eventId);

    /** Every registration ever made with the address, whatever its case. */
    @Query("select r from Registration r where lower(r.email) = lower(?1) order by r.createdAt")
    List<Registration> withAddress(String email);

    List<Registration> findByEventIdAndStatusInOrderByIdAsc(long eventId, Collection<RegistrationStatus> statuses);

    List<Registration> findByEventIdAndAnonymisedAtIsNull(long eventId);

    /** Asked on every registration: a query string, whose translation Hibernate keeps (see EventRepository). */
    @Query("select r from Registration r where r.eventId = ?1 and r.activeEmail = ?2")
    Optional<Registration> findByEventIdAndActiveEmail(long eventId, String activeEmail);

    /** [event part id, bookings] in the given parts with the given status, one query for a whole list page. */
    default List<Object[]> countByPart(Collection<Long> partIds, PartBooking.Status status) {
        return bookingsPerPart(partIds, status.name());
    }

    /**
     * SQL, not JPQL: Hibernate keeps no translation of a JPQL query with a list parameter, so it translated this
     * one anew on every call; every registration, opt-in mail and event page counts seats (src/bench/notes.md).
     * Named, the table it reads lets Hibernate flush only pending bookings first, not the whole session.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "registration_part"))
    @Query(
            value = "select event_part_id, count(*) from registration_part where event_part_id in ?1 and status = ?2"
                    + " group by event_part_id",
            nativeQuery = true)
    List<Object[]> bookingsPerPart(Collection<Long> partIds, String status);

    /** The registrations with that booking in the part (waiting, or holding a seat), longest-waiting first. */
    @Query("select r from Registration r join r.bookings b where b.partId = ?1 and b.status = ?2"
            + " order by b.waitingSince, r.id")
    List<Registration> inPart(long partId, PartBooking.Status status);

    /**
     * The parts a seat change of the registration may touch, read without loading (and caching) the registration
     * itself: those it asked for and their second choices. Locked together, in id order, so that two people whose first
     * and second choices cross never lock them in opposite orders.
     */
    @Query("select b.partId from Registration r join r.bookings b where r.id = ?1"
            + " union select b.secondChoice from Registration r join r.bookings b"
            + " where r.id = ?1 and b.secondChoice is not null")
    List<Long> partIdsOf(long registrationId);

    @Query("select r.status, count(r) from Registration r where r.eventId = ?1 group by r.status")
    List<Object[]> countByStatus(long eventId);
}

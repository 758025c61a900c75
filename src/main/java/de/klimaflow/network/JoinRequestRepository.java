package de.klimaflow.network;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    java.util.List<JoinRequest> findByEmailIgnoreCaseOrderByReceivedAtAsc(String email);

    java.util.List<JoinRequest> findByStatusAndDecidedAtBeforeAndNameNot(
            JoinRequest.Status status, java.time.Instant before, String name);

    long countByEmailIgnoreCaseAndStatusAndIdNot(String email, JoinRequest.Status status, long id);
}

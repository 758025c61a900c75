package de.klimaflow.network;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    java.util.List<JoinRequest> findByEmailIgnoreCaseOrderByReceivedAtAsc(String email);

    long countByEmailIgnoreCaseAndStatusAndIdNot(String email, JoinRequest.Status status, long id);
}

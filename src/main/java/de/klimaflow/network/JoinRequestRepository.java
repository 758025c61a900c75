package de.klimaflow.network;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    long countByEmailIgnoreCaseAndStatusAndIdNot(String email, JoinRequest.Status status, long id);
}

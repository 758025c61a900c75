package de.klimaflow.network;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    boolean existsByEmailIgnoreCaseAndStatus(String email, JoinRequest.Status status);
}

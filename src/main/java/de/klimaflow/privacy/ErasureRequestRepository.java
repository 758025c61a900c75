package de.klimaflow.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

    List<ErasureRequest> findByStateNotOrderByDeadline(ErasureRequest.State state);
}

package de.klimaflow.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    Optional<Contribution> findByTokenHash(String tokenHash);

    List<Contribution> findByEventIdOrderByIdAsc(long eventId);

    List<Contribution> findByEmailIgnoreCaseOrderByIdAsc(String email);

    boolean existsByEventIdAndEmailIgnoreCase(long eventId, String email);
}

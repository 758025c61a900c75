package de.klimaflow.privacy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureReviewRepository extends JpaRepository<ErasureReview, Long> {

    List<ErasureReview> findByRequestIdOrderByGroupId(long requestId);

    Optional<ErasureReview> findByRequestIdAndGroupId(long requestId, String groupId);
}

package de.klimaflow.accessibility;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BarrierReportRepository extends JpaRepository<BarrierReport, Long> {

    List<BarrierReport> findByEmailIgnoreCaseOrderByReceivedAtAsc(String email);

    List<BarrierReport> findByRepliedAtBeforeAndAnonymisedAtIsNull(Instant repliedBefore);
}

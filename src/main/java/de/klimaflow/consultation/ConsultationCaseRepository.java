package de.klimaflow.consultation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationCaseRepository extends JpaRepository<ConsultationCase, Long> {

    List<ConsultationCase> findByStageInOrderByStageSinceAsc(Collection<ConsultationStage> stages);

    List<ConsultationCase> findAllByOrderByReceivedAtDesc();

    List<ConsultationCase> findByContactEmailIgnoreCaseOrderByReceivedAtAsc(String contactEmail);

    List<ConsultationCase> findByClosedAtBeforeAndContactNameNot(java.time.Instant before, String contactName);

    long countByDecisionAndDecisionAtBetween(String decision, java.time.LocalDate from, java.time.LocalDate to);
}

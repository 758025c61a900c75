package de.klimaflow.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long>, JpaSpecificationExecutor<OutboundMail> {

    /** The log entry of this mail in an earlier try of the same step visit. */
    Optional<OutboundMail> findFirstByStepKeyAndKindAndRecipientEmail(String stepKey, String kind, String recipientEmail);

    List<OutboundMail> findByExecutionIdAndActivityIdAndStatus(String executionId, String activityId, MailStatus status);

    List<OutboundMail> findByRelatedTypeAndRelatedIdOrderByCreatedAtDesc(String relatedType, String relatedId,
            Pageable page);

    List<OutboundMail> findByProcessInstanceIdOrderByCreatedAtDesc(String processInstanceId);

    List<OutboundMail> findByRecipientEmailIgnoreCaseOrderByCreatedAtAsc(String recipientEmail);
}

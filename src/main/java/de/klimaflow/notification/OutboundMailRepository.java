package de.klimaflow.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long>, JpaSpecificationExecutor<OutboundMail> {

    /** The log entry of this mail in an earlier try of the same step visit. */
    Optional<OutboundMail> findFirstByStepKeyAndKindAndRecipientEmail(String stepKey, String kind, String recipientEmail);

    Optional<OutboundMail> findFirstByProcessInstanceIdAndKindAndBatchKeyNotNullOrderByIdDesc(String processInstanceId,
            String kind);

    @Query("select m.id from OutboundMail m where m.batchKey = :batchKey"
            + " and m.status = de.klimaflow.notification.MailStatus.QUEUED order by m.batchPosition")
    List<Long> queuedOfBatch(String batchKey);

    @Modifying
    @Query("update OutboundMail m set m.status = de.klimaflow.notification.MailStatus.SUPERSEDED, m.version = m.version + 1"
            + " where m.processInstanceId = :processInstanceId and m.kind = :kind"
            + " and m.status = de.klimaflow.notification.MailStatus.QUEUED")
    int supersedeQueued(String processInstanceId, String kind);

    List<OutboundMail> findByExecutionIdAndActivityIdAndStatus(String executionId, String activityId, MailStatus status);

    List<OutboundMail> findByRelatedTypeAndRelatedIdOrderByCreatedAtDesc(String relatedType, String relatedId,
            Pageable page);

    List<OutboundMail> findByProcessInstanceIdOrderByCreatedAtDesc(String processInstanceId);

    List<OutboundMail> findByRecipientEmailIgnoreCaseOrderByCreatedAtAsc(String recipientEmail);
}

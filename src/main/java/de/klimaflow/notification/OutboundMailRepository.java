package de.klimaflow.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long>, JpaSpecificationExecutor<OutboundMail> {

    /**
     * The log entries of this mail in earlier tries of the same step visit (one at most, in practice). Asked
     * before every mail: a query string, whose translation Hibernate keeps, unlike a derived query's criteria.
     */
    @Query("select m from OutboundMail m where m.stepKey = ?1 and m.kind = ?2 and m.recipientEmail = ?3 order by m.id")
    List<OutboundMail> ofStepVisit(String stepKey, String kind, String recipientEmail);

    Optional<OutboundMail> findFirstByProcessInstanceIdAndKindAndBatchKeyNotNullOrderByIdDesc(
            String processInstanceId, String kind);

    @Query("select m.id from OutboundMail m where m.batchKey = :batchKey"
            + " and m.status = de.klimaflow.notification.MailStatus.QUEUED order by m.batchPosition")
    List<Long> queuedOfBatch(String batchKey);

    /** Marks a sent mail in one statement: its texts are neither read nor written again after each send. */
    @Modifying
    @Query("update OutboundMail m set m.status = ?2, m.deliveredVia = ?3, m.sentAt = ?4, m.lastError = null,"
            + " m.version = m.version + 1 where m.id = ?1")
    void markSent(long id, MailStatus status, String via, Instant sentAt);

    @Modifying
    @Query(
            "update OutboundMail m set m.status = de.klimaflow.notification.MailStatus.SUPERSEDED, m.version = m.version + 1"
                    + " where m.processInstanceId = :processInstanceId and m.kind = :kind"
                    + " and m.status = de.klimaflow.notification.MailStatus.QUEUED")
    int supersedeQueued(String processInstanceId, String kind);

    List<OutboundMail> findByExecutionIdAndActivityIdAndStatus(
            String executionId, String activityId, MailStatus status);

    List<OutboundMail> findByRelatedTypeAndRelatedIdOrderByCreatedAtDesc(
            String relatedType, String relatedId, Pageable page);

    List<OutboundMail> findByProcessInstanceIdOrderByCreatedAtDesc(String processInstanceId);

    List<OutboundMail> findByRecipientEmailIgnoreCaseOrderByCreatedAtAsc(String recipientEmail);

    /** Blanks every finished mail's texts past retention in one statement, however many there are. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboundMail m set m.textBody = :blanked, m.htmlBody = :blanked, m.calendarIcs = null,"
            + " m.version = m.version + 1"
            + " where m.createdAt < :before and m.status in :statuses and m.textBody not in :bodies")
    int blankBodies(Instant before, Collection<MailStatus> statuses, Collection<String> bodies, String blanked);

    long countByCreatedAtBeforeAndStatusInAndTextBodyNotIn(
            Instant before, Collection<MailStatus> statuses, Collection<String> bodies);
}

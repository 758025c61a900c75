package de.klimaflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    List<CaseAttachment> findByCaseIdOrderByUploadedAtAsc(long caseId);
}

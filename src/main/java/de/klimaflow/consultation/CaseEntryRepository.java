package de.klimaflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEntryRepository extends JpaRepository<CaseEntry, Long> {

    List<CaseEntry> findByCaseIdOrderByAtAscIdAsc(long caseId);
}

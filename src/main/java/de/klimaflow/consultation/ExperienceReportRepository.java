package de.klimaflow.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExperienceReportRepository extends JpaRepository<ExperienceReport, Long> {

    List<ExperienceReport> findAllByOrderByUploadedAtDesc();

    @Query(value = "select report_id from case_report where case_id = :caseId order by report_id", nativeQuery = true)
    List<Long> chosenFor(long caseId);

    @Modifying
    @Query(value = "delete from case_report where case_id = :caseId", nativeQuery = true)
    void unchooseAll(long caseId);

    @Modifying
    @Query(value = "insert into case_report (case_id, report_id) values (:caseId, :reportId)", nativeQuery = true)
    void choose(long caseId, long reportId);
}

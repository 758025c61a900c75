package de.klimaflow.consultation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExperienceReportRepository extends JpaRepository<ExperienceReport, Long> {

    /** The library without its files: lists read these (a closed projection: the content is not selected). */
    List<Row> findRowsByOrderByUploadedAtDesc();

    List<Row> findRowsByIdIn(List<Long> ids);

    /** A report as lists need it. */
    interface Row {
        Long getId();

        String getTitle();

        String getMunicipality();

        String getTopics();

        String getFileName();

        int getSizeBytes();

        Instant getUploadedAt();

        default ExperienceReports.Report toView() {
            return new ExperienceReports.Report(
                    getId(),
                    getTitle(),
                    getMunicipality(),
                    java.util.Arrays.stream(getTopics().split("\n"))
                            .filter(topic -> !topic.isBlank())
                            .toList(),
                    getFileName(),
                    getSizeBytes(),
                    getUploadedAt());
        }
    }

    @Query(value = "select report_id from case_report where case_id = :caseId order by report_id", nativeQuery = true)
    List<Long> chosenFor(long caseId);

    @Modifying
    @Query(value = "delete from case_report where case_id = :caseId", nativeQuery = true)
    void unchooseAll(long caseId);

    @Modifying
    @Query(value = "insert into case_report (case_id, report_id) values (:caseId, :reportId)", nativeQuery = true)
    void choose(long caseId, long reportId);
}

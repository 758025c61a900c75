package de.klimaflow.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.notification.MailAttachment;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.security.CurrentUser;

/**
 * The advisors' small library of experience reports (a title, the municipality, topics, a PDF), from which an
 * information package can carry up to three chosen reports as attachments.
 */
@Service
@Transactional
public class ExperienceReports {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TEXT = 200;
    public static final int MAX_TOPICS = 8;
    public static final int MAX_TOPIC = 60;
    public static final int MAX_PER_PACKAGE = 3;
    public static final String TOO_LARGE = "reports.error.tooLarge";

    /** A report as the library lists it. */
    public record Report(
            long id,
            String title,
            String municipality,
            List<String> topics,
            String fileName,
            int sizeBytes,
            Instant uploadedAt) {

        /** "Wärmenetz im Dorf (Gemeinde Barleben)" for lists and mails. */
        public String line() {
            return title + " (" + municipality + ")";
        }
    }

    private final ExperienceReportRepository reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExperienceReports(ExperienceReportRepository reports, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds a report. Every problem of the text fields at once, as {@link FieldProblems} (title, municipality, topics);
     * a file that is empty, too large or no PDF as {@link UploadedFiles.Refused}. Nothing is stored then.
     */
    public Report add(String title, String municipality, String topics, String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title);
        text(problems, "municipality", municipality);
        List<String> topicList = topics(topics);
        if (topicList.isEmpty()) {
            problems.add(new FieldProblem("topics", "reports.error.required"));
        } else if (topicList.size() > MAX_TOPICS || topicList.stream().anyMatch(t -> t.length() > MAX_TOPIC)) {
            problems.add(new FieldProblem("topics", "reports.error.topics"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems("invalid report", problems);
        }
        if (content.length == 0) {
            throw new UploadedFiles.Refused("reports.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UploadedFiles.Refused(TOO_LARGE);
        }
        if (!UploadedFiles.isPdf(content)) {
            throw new UploadedFiles.Refused("reports.error.type");
        }
        return reports.save(new ExperienceReport(
                        title.strip(),
                        municipality.strip(),
                        topicList,
                        UploadedFiles.cleanName(fileName, "pdf", "erfahrungsbericht"),
                        content,
                        clock.instant(),
                        currentUser.id().orElse(ConsultationService.SYSTEM)))
                .toView();
    }

    /** The library, newest first; with a search, those whose title, municipality or topics contain it. */
    @Transactional(readOnly = true)
    public List<Report> list(String search) {
        String wanted = search.strip().toLowerCase(Locale.GERMAN);
        return reports.findRowsByOrderByUploadedAtDesc().stream()
                .map(ExperienceReportRepository.Row::toView)
                .filter(report -> wanted.isEmpty()
                        || (report.title() + " " + report.municipality() + " " + String.join(" ", report.topics()))
                                .toLowerCase(Locale.GERMAN)
                                .contains(wanted))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long reportId) {
        return reports.findById(reportId).map(ExperienceReport::getContent);
    }

    public void remove(long reportId) {
        reports.deleteById(reportId);
    }

    /** The reports for a case's information package: at most {@value #MAX_PER_PACKAGE}, unknown ids left out. */
    public void chooseFor(long caseId, List<Long> reportIds) {
        if (reportIds.size() > MAX_PER_PACKAGE) {
            throw new IllegalArgumentException("at most " + MAX_PER_PACKAGE + " reports per package");
        }
        reports.unchooseAll(caseId);
        reportIds.stream().distinct().filter(reports::existsById).forEach(report -> reports.choose(caseId, report));
    }

    @Transactional(readOnly = true)
    public List<Report> chosenFor(long caseId) {
        return reports.findRowsByIdIn(reports.chosenFor(caseId)).stream()
                .map(ExperienceReportRepository.Row::toView)
                .toList();
    }

    /** The chosen reports as the information package's attachments. */
    @Transactional(readOnly = true)
    public List<MailAttachment> attachmentsFor(long caseId) {
        return reports.findAllById(reports.chosenFor(caseId)).stream()
                .map(report -> new MailAttachment(report.toView().fileName(), "application/pdf", report.getContent()))
                .toList();
    }

    private static List<String> topics(String text) {
        return java.util.Arrays.stream(text.split("[,;\\n]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "reports.error.required"));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "reports.error.tooLong"));
        }
    }
}

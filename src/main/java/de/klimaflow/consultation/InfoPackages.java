package de.klimaflow.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.MailRenderer;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.notification.RenderedMail;
import de.klimaflow.security.UserDirectory;

/**
 * The information package a municipality receives after the review of the proposal: the chosen programmes, trainings,
 * the advisor's note and a checklist (keys of the mail bundle, said in the recipient's language). Its preview is the
 * very mail, rendered before anything is stored or sent.
 */
@Service
@Transactional(readOnly = true)
public class InfoPackages {

    private static final String CHECKLIST = "consultation-info-package.item.";

    private final ConsultationService cases;
    private final FundingProgrammes programmes;
    private final UserDirectory users;
    private final MailRenderer renderer;
    private final ExperienceReports reports;

    InfoPackages(
            ConsultationService cases,
            FundingProgrammes programmes,
            UserDirectory users,
            MailRenderer renderer,
            ExperienceReports reports) {
        this.cases = cases;
        this.programmes = programmes;
        this.users = users;
        this.renderer = renderer;
        this.reports = reports;
    }

    /** The information package as the municipality will receive it. */
    public MailRequest letter(long caseId) {
        ConsultationCase found = cases.requireCase(caseId);
        Map<String, FundingProgrammes.Programme> valid = programmes.validToday();
        List<String> lines = found.chosenProgrammes().stream()
                .map(valid::get)
                .filter(Objects::nonNull)
                .map(FundingProgrammes.Programme::line)
                .toList();
        // keys of the mail bundle: the template says them in the recipient's language
        List<String> checklist = new ArrayList<>(List.of(
                CHECKLIST + "council", CHECKLIST + "jobDescription", CHECKLIST + "costs", CHECKLIST + "schedule"));
        if (!Boolean.TRUE.equals(found.getHasConcept())) {
            checklist.add(CHECKLIST + "concept");
        }
        String advisor = found.getAdvisor() == null ? "" : users.displayName(found.getAdvisor());
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("municipality", found.getMunicipalityName());
        model.put("advisorName", advisor);
        model.put("programmes", lines);
        model.put("trainings", found.trainings());
        model.put("checklist", checklist);
        model.put("note", found.getPackageNote() == null ? "" : found.getPackageNote());
        // the chosen experience reports: named in the mail, attached as PDF
        model.put(
                "reports",
                reports.chosenFor(caseId).stream()
                        .map(ExperienceReports.Report::line)
                        .toList());
        return new MailRequest(
                MailKinds.CONSULTATION_INFO_PACKAGE,
                new Recipient(found.getContactName(), found.getContactEmail(), Locale.GERMAN),
                model,
                null,
                ConsultationService.RELATED_TYPE,
                Long.toString(caseId),
                reports.attachmentsFor(caseId));
    }

    /** The whole information package with this note, before anything is stored or sent. */
    public RenderedMail preview(
            long caseId, List<String> programmeCodes, List<String> trainings, String note, List<Long> reportIds) {
        MailRequest stored = letter(caseId);
        Map<String, FundingProgrammes.Programme> valid = programmes.validToday();
        Map<String, Object> model = new java.util.HashMap<>(stored.model());
        model.put(
                "programmes",
                programmeCodes.stream()
                        .map(valid::get)
                        .filter(Objects::nonNull)
                        .map(FundingProgrammes.Programme::line)
                        .toList());
        model.put(
                "trainings",
                trainings.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        model.put("note", note.strip());
        model.put(
                "reports",
                reports.list("").stream()
                        .filter(report -> reportIds.contains(report.id()))
                        .map(ExperienceReports.Report::line)
                        .toList());
        return renderer.render(
                new MailRequest(stored.kind(), stored.to(), model, null, stored.relatedType(), stored.relatedId()));
    }
}

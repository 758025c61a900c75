package de.klimaflow.consultation.backoffice;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.CaseDetails;
import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ExperienceReports;
import de.klimaflow.consultation.FundingProgrammes;
import de.klimaflow.consultation.InfoPackages;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.notification.RenderedMail;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.FieldErrors;

/**
 * Form of "Förderempfehlung prüfen": the decision table's proposal, preselected; the advisor accepts or
 * changes it, adds a personal note and sees the whole information package before it goes out.
 */
@Component
class ReviewProposalForm extends SimpleTaskForm {

    private final CaseQueries cases;
    private final ConsultationFlow consultations;
    private final FundingProgrammes programmes;
    private final InfoPackages packages;
    private final ExperienceReports reports;

    ReviewProposalForm(
            CaseQueries cases,
            ConsultationFlow consultations,
            FundingProgrammes programmes,
            InfoPackages packages,
            ExperienceReports reports) {
        super(ConsultationProcess.FORM_REVIEW_PROPOSAL);
        this.reports = reports;
        this.cases = cases;
        this.consultations = consultations;
        this.programmes = programmes;
        this.packages = packages;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long caseId = businessId(task);
        CaseDetails details = cases.details(caseId).orElseThrow();
        List<FundingProgrammes.Programme> valid =
                List.copyOf(programmes.validToday().values());
        CheckboxGroup<FundingProgrammes.Programme> chosen =
                new CheckboxGroup<>(layout.getTranslation("case.proposal.programmes"));
        chosen.setItems(valid);
        chosen.setItemLabelGenerator(p ->
                ProgrammeLine.of(layout, p) + (p.example() ? " – " + layout.getTranslation("funding.example") : ""));
        chosen.setValue(valid.stream()
                .filter(p -> details.proposedProgrammes().contains(p.code()))
                .collect(Collectors.toSet()));
        chosen.addClassName("proposal-programmes");
        TextArea trainings = new TextArea(layout.getTranslation("case.proposal.trainings"));
        trainings.setValue(String.join("\n", details.trainings()));
        trainings.setHelperText(layout.getTranslation("case.proposal.trainings.help"));
        trainings.setWidthFull();
        TextArea note = new TextArea(layout.getTranslation("case.proposal.note"));
        note.setMaxLength(ConsultationService.MAX_NOTE);
        note.setHelperText(layout.getTranslation("case.proposal.note.help"));
        note.setWidthFull();
        note.addClassName("proposal-note");
        // experience reports from the library, attached to the package as PDF
        CheckboxGroup<ExperienceReports.Report> chosenReports =
                new CheckboxGroup<>(layout.getTranslation("case.proposal.reports"));
        chosenReports.setItems(reports.list(""));
        chosenReports.setItemLabelGenerator(report -> report.line() + " – " + String.join(", ", report.topics()));
        chosenReports.setHelperText(
                layout.getTranslation("case.proposal.reports.help", ExperienceReports.MAX_PER_PACKAGE));
        chosenReports.addClassName("proposal-reports");
        Pre preview = new Pre();
        preview.addClassName("info-package-preview");
        preview.setVisible(false);
        preview.getStyle()
                .set("white-space", "pre-wrap")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-m)");
        Button showPreview = new Button(layout.getTranslation("case.proposal.preview"), click -> {
            RenderedMail mail = packages.preview(
                    caseId,
                    codes(chosen.getValue()),
                    lines(trainings.getValue()),
                    note.getValue(),
                    reportIds(chosenReports.getValue()));
            preview.setText(
                    layout.getTranslation("case.proposal.previewSubject", mail.subject()) + "\n\n" + mail.text());
            preview.setVisible(true);
        });
        showPreview.addClassName("show-info-package-preview");
        layout.add(
                new CaseHeader(details),
                new Paragraph(layout.getTranslation(
                        details.proposedProgrammes().isEmpty() ? "case.proposal.none" : "case.proposal.hint")),
                chosen,
                trainings,
                note,
                chosenReports,
                showPreview,
                preview);
        return () -> {
            if (FieldErrors.refuseIf(
                    layout,
                    note,
                    note.getValue().length() > ConsultationService.MAX_NOTE,
                    "case.error.tooLong",
                    ConsultationService.MAX_NOTE)) {
                return false;
            }
            if (FieldErrors.refuseIf(
                    layout,
                    chosenReports,
                    chosenReports.getValue().size() > ExperienceReports.MAX_PER_PACKAGE,
                    "case.proposal.reports.tooMany",
                    ExperienceReports.MAX_PER_PACKAGE)) {
                return false;
            }
            consultations.completeReview(
                    task.id(),
                    caseId,
                    codes(chosen.getValue()),
                    lines(trainings.getValue()),
                    note.getValue(),
                    reportIds(chosenReports.getValue()));
            return true;
        };
    }

    private static List<String> codes(Set<FundingProgrammes.Programme> chosen) {
        return chosen.stream().map(FundingProgrammes.Programme::code).sorted().toList();
    }

    private static List<Long> reportIds(Set<ExperienceReports.Report> chosen) {
        return chosen.stream().map(ExperienceReports.Report::id).sorted().toList();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}

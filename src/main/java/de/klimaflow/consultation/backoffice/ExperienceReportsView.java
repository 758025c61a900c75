package de.klimaflow.consultation.backoffice;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.consultation.ExperienceReports;
import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.UploadedFiles;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.FieldErrors;
import de.klimaflow.ui.FileUploads;

import jakarta.annotation.security.RolesAllowed;

/**
 * The advisors' library of experience reports: searchable by title, municipality and topic, each a PDF to open or to
 * send along with an information package. A report is added with its title, municipality and topics, then its file.
 */
@Route("experience-reports")
@RolesAllowed(Groups.ADVISORS)
@Menu(title = "nav.experienceReports", order = 23)
public class ExperienceReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ExperienceReports reports;
    private final TextField search = new TextField();
    private final Grid<ExperienceReports.Report> grid = new Grid<>();

    public ExperienceReportsView(ExperienceReports reports) {
        this.reports = reports;
        addClassName("experience-reports-view");
        search.setLabel(getTranslation("reports.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        search.addClassName("reports-search");
        grid.addColumn(ExperienceReports.Report::title)
                .setHeader(getTranslation("reports.title"))
                .setFlexGrow(2);
        grid.addColumn(ExperienceReports.Report::municipality).setHeader(getTranslation("reports.municipality"));
        grid.addColumn(report -> String.join(", ", report.topics())).setHeader(getTranslation("reports.topics"));
        grid.addColumn(report -> Formats.date(report.uploadedAt())).setHeader(getTranslation("reports.added"));
        grid.addComponentColumn(report -> DownloadLink.named(
                        getTranslation("reports.open", report.fileName()),
                        report.fileName(),
                        () -> reports.content(report.id()).orElse(new byte[0])))
                .setHeader(getTranslation("reports.file"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::remove).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("reports.empty"));
        grid.addClassName("reports-grid");
        add(new H2(getTranslation("reports.heading")), new Paragraph(getTranslation("reports.hint")), search, grid);
        add(addForm());
        refresh();
    }

    /** Title, municipality and topics first; the upload stores the report with them once the file has arrived. */
    private Details addForm() {
        TextField title = new TextField(getTranslation("reports.title"));
        TextField municipality = new TextField(getTranslation("reports.municipality"));
        TextField topics = new TextField(getTranslation("reports.topics"));
        topics.setHelperText(getTranslation("reports.topics.help", ExperienceReports.MAX_TOPICS));
        for (TextField field : new TextField[] {title, municipality, topics}) {
            field.setWidthFull();
            field.setMaxLength(ExperienceReports.MAX_TEXT * 3);
        }
        title.addClassName("report-title");
        municipality.addClassName("report-municipality");
        topics.addClassName("report-topics");
        Map<String, TextField> fields = Map.of("title", title, "municipality", municipality, "topics", topics);
        UI ui = UI.getCurrent();
        Upload upload = FileUploads.of(
                this,
                ExperienceReports.MAX_BYTES,
                ExperienceReports.TOO_LARGE,
                (fileName, content) -> {
                    try {
                        return reports.add(
                                title.getValue(), municipality.getValue(), topics.getValue(), fileName, content);
                    } catch (FieldProblems refused) {
                        ui.access(() -> FieldErrors.show(this, fields, refused));
                        throw new UploadedFiles.Refused("reports.error.fields");
                    }
                },
                stored -> {
                    Notification.show(getTranslation("reports.saved", stored.title()));
                    fields.values().forEach(TextField::clear);
                    FieldErrors.clear(fields, null);
                    refresh();
                },
                ".pdf",
                "application/pdf");
        upload.addClassName("report-upload");
        Details details = new Details(getTranslation("reports.add"));
        details.add(new VerticalLayout(
                new Paragraph(getTranslation("reports.add.hint")), title, municipality, topics, upload));
        details.addClassName("reports-add");
        return details;
    }

    private Button remove(ExperienceReports.Report report) {
        Button remove = new Button(getTranslation("reports.remove"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("reports.remove.confirm", report.title()));
            dialog.setText(getTranslation("reports.remove.consequence"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("reports.remove.keep"));
            dialog.setConfirmText(getTranslation("reports.remove"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> {
                reports.remove(report.id());
                refresh();
            });
            dialog.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("reports.remove") + ": " + report.title());
        remove.addClassName("report-remove");
        return remove;
    }

    private void refresh() {
        grid.setItems(reports.list(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.heading") + " · klimaflow";
    }
}

package de.klimaflow.consultation.backoffice;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.consultation.CaseDetails;
import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.InitialFacts;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.regions.MunicipalityKind;
import de.klimaflow.regions.Regions;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.backoffice.SimpleTaskForm;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

/** Form of "Erstberatung führen": size, existing concept, first or follow-up position, timeline. */
@Component
class InitialConsultationForm extends SimpleTaskForm {

    private final CaseQueries cases;
    private final ConsultationFlow consultations;
    private final Regions regions;

    InitialConsultationForm(CaseQueries cases, ConsultationFlow consultations, Regions regions) {
        super(ConsultationProcess.FORM_INITIAL_CONSULTATION);
        this.cases = cases;
        this.consultations = consultations;
        this.regions = regions;
    }

    @Override
    protected BooleanSupplier build(TaskRow task, VerticalLayout layout) {
        long caseId = businessId(task);
        CaseDetails details = cases.details(caseId).orElseThrow();
        ComboBox<Regions.MunicipalityInfo> municipality =
                new ComboBox<>(layout.getTranslation("case.field.municipality"));
        municipality.setItems(regions.municipalities());
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.district() + ")");
        municipality.setHelperText(layout.getTranslation("case.field.municipality.help"));
        municipality.setClearButtonVisible(true);
        RadioButtonGroup<MunicipalityKind> kind = new RadioButtonGroup<>(layout.getTranslation("case.field.kind"));
        kind.setItems(MunicipalityKind.values());
        kind.setItemLabelGenerator(value -> layout.getTranslation("municipality.kind." + value.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.addClassName("case-kind");
        IntegerField population = new IntegerField(layout.getTranslation("case.field.population"));
        population.setMin(1);
        population.setMax(5_000_000);
        population.setRequiredIndicatorVisible(true);
        population.addClassName("case-population");
        RadioButtonGroup<Boolean> concept = new RadioButtonGroup<>(layout.getTranslation("case.field.concept"));
        concept.setItems(true, false);
        concept.setItemLabelGenerator(value -> layout.getTranslation(value ? "case.yes" : "case.no"));
        concept.setRequiredIndicatorVisible(true);
        concept.addClassName("case-concept");
        RadioButtonGroup<Boolean> first = new RadioButtonGroup<>(layout.getTranslation("case.field.position"));
        first.setItems(true, false);
        first.setItemLabelGenerator(
                value -> layout.getTranslation(value ? "case.position.first" : "case.position.followUp"));
        first.setRequiredIndicatorVisible(true);
        first.addClassName("case-first-position");
        DatePicker start = new DatePicker(layout.getTranslation("case.field.plannedStart"));
        DatePickers.german(start);
        TextArea note = new TextArea(layout.getTranslation("case.field.note"));
        note.setMaxLength(ConsultationService.MAX_NOTE);
        note.setWidthFull();
        if (details.municipalityId() != null) {
            municipality
                    .getListDataView()
                    .getItems()
                    .filter(m -> m.id() == details.municipalityId())
                    .findFirst()
                    .ifPresent(found -> {
                        municipality.setValue(found);
                        kind.setValue(found.kind());
                        population.setValue(found.population());
                    });
        }
        municipality.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                kind.setValue(change.getValue().kind());
                population.setValue(change.getValue().population());
            }
        });
        FormLayout form = new FormLayout(municipality, kind, population, concept, first, start, note);
        form.setColspan(note, 2);
        layout.add(new CaseHeader(details), form);
        return () -> {
            Integer size = population.getValue();
            // every field is checked, so that all its problems show at once
            boolean refused = FieldErrors.refuseIf(layout, kind, kind.getValue() == null, "case.error.required")
                    | FieldErrors.refuseIf(layout, concept, concept.getValue() == null, "case.error.required")
                    | FieldErrors.refuseIf(layout, first, first.getValue() == null, "case.error.required")
                    | FieldErrors.refuseIf(
                            layout, population, size == null || size < 1 || size > 5_000_000, "case.error.population");
            if (refused) {
                return false;
            }
            consultations.completeInitialConsultation(
                    task.id(),
                    caseId,
                    new InitialFacts(
                            municipality.getValue() == null
                                    ? null
                                    : municipality.getValue().id(),
                            kind.getValue(),
                            size,
                            concept.getValue(),
                            first.getValue(),
                            start.getValue(),
                            note.getValue()));
            return true;
        };
    }
}

package de.klimaflow.consultation.backoffice;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ConsultationStage;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.Groups;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/** The advisors' cases: the pipeline at a glance, the list, and a new case after a phone call. */
@Route("consultations")
@RolesAllowed({Groups.ADVISORS, Groups.MANAGEMENT})
@Menu(title = "nav.consultations", order = 20)
public class CaseListView extends VerticalLayout implements HasDynamicTitle {

    /** The new-case form's message for a field that bean validation refused; "required" for the others. */
    private static final Map<String, String> NEW_CASE_MESSAGES = Map.of(
            "contactEmail", "case.error.email", "contactPhone", "case.error.phone", "question", "case.error.question");

    private final ConsultationService cases;
    private final CaseQueries queries;
    private final Grid<CaseQueries.CaseSummary> grid = new Grid<>();
    private final Select<ConsultationStage> stageFilter = new Select<>();
    private final UserDirectory users;
    private Map<String, String> advisorNames = Map.of();

    public CaseListView(ConsultationService cases, CaseQueries queries, UserDirectory users) {
        this.queries = queries;
        this.cases = cases;
        this.users = users;
        addClassName("case-list-view");
        Button create = new Button(getTranslation("case.new"), VaadinIcon.PLUS.create(), click -> openNewCase());
        create.addClassName("new-case");
        stageFilter.setLabel(getTranslation("case.stage"));
        stageFilter.setItems(ConsultationStage.values());
        stageFilter.setItemLabelGenerator(stage ->
                stage == null ? getTranslation("case.stage.any") : getTranslation("case.stage." + stage.name()));
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("case.stage.any"));
        stageFilter.addValueChangeListener(change -> refresh());

        grid.addComponentColumn(c -> new RouterLink(c.label(), CaseDetailView.class, CaseDetailView.parameters(c.id())))
                .setHeader(getTranslation("case.column.case"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("case.stage." + c.stage().name())).setHeader(getTranslation("case.stage"));
        grid.addColumn(c -> Formats.date(c.stageSince())).setHeader(getTranslation("case.column.since"));
        grid.addColumn(c -> c.advisor() == null
                        ? getTranslation("case.noAdvisor")
                        : advisorNames.getOrDefault(c.advisor(), c.advisor()))
                .setHeader(getTranslation("case.column.advisor"));
        grid.addColumn(c -> Formats.date(c.receivedAt()) + " · "
                        + getTranslation("case.channel." + c.channel().name()))
                .setHeader(getTranslation("case.received"));
        grid.setEmptyStateText(getTranslation("case.empty"));
        grid.addClassName("cases-grid");

        add(
                new H2(getTranslation("case.title")),
                new H3(getTranslation("case.pipeline")),
                new PipelineChart(queries.pipeline()),
                create,
                stageFilter,
                grid);
        refresh();
    }

    private void refresh() {
        List<CaseQueries.CaseSummary> shown = queries.cases().stream()
                .filter(c -> stageFilter.getValue() == null || c.stage() == stageFilter.getValue())
                .toList();
        // the advisors' names in one query for the whole list
        advisorNames = users.displayNames(shown.stream()
                .map(CaseQueries.CaseSummary::advisor)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        grid.setItems(shown);
    }

    /** An advisor enters the case of a municipality that called. */
    private void openNewCase() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.new"));
        TextField municipality = new TextField(getTranslation("case.municipality"));
        TextField contactName = new TextField(getTranslation("case.form.contactName"));
        EmailField contactEmail = new EmailField(getTranslation("case.form.contactEmail"));
        TextField phone = new TextField(getTranslation("case.form.phone"));
        TextArea question = new TextArea(getTranslation("case.form.question"));
        question.setMaxLength(ConsultationService.MAX_NOTE);
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("case.form.channel"));
        channel.setItems(Channel.PHONE, Channel.MAIL, Channel.WEB);
        channel.setItemLabelGenerator(value -> getTranslation("case.channel." + value.name()));
        channel.setValue(Channel.PHONE);
        municipality.addClassName("new-case-municipality");
        contactEmail.addClassName("new-case-email");
        question.addClassName("new-case-question");
        List.of(municipality, contactName, contactEmail).forEach(f -> f.setRequiredIndicatorVisible(true));
        question.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(municipality, contactName, contactEmail, phone, channel, question);
        form.setColspan(question, 2);
        Button save = new Button(getTranslation("case.new.save"), click -> {
            try {
                long id = cases.open(
                        new NewCase(
                                municipality.getValue(),
                                contactName.getValue(),
                                contactEmail.getValue(),
                                phone.getValue(),
                                question.getValue()),
                        channel.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, CaseDetailView.parameters(id)));
            } catch (ConstraintViolationException invalid) {
                FieldErrors.show(
                        this,
                        Map.of(
                                "municipality", municipality,
                                "contactName", contactName,
                                "contactEmail", contactEmail,
                                "contactPhone", phone,
                                "question", question),
                        invalid.getConstraintViolations().stream()
                                .map(violation ->
                                        violation.getPropertyPath().toString().replaceAll(".*\\.", ""))
                                .map(field -> new FieldProblem(
                                        field, NEW_CASE_MESSAGES.getOrDefault(field, "case.error.required")))
                                .toList());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-new-case");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("case.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title") + " · klimaflow";
    }
}

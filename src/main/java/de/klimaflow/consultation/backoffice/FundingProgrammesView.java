package de.klimaflow.consultation.backoffice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import de.klimaflow.consultation.FundingProgrammes;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/** The funding programmes the advisors propose: name, funder, share, duration, where to apply, validity. */
@Route("funding-programmes")
@RolesAllowed({Groups.ADVISORS, Groups.MANAGEMENT})
@Menu(title = "nav.fundingProgrammes", order = 21)
public class FundingProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final FundingProgrammes programmes;
    private final Grid<FundingProgrammes.Programme> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField funder = new TextField();
    private final IntegerField share = new IntegerField();
    private final IntegerField months = new IntegerField();
    private final TextField applyAt = new TextField();
    private final TextArea conditions = new TextArea();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final Checkbox example = new Checkbox();
    private final H3 formTitle = new H3();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private @Nullable Long editing;

    public FundingProgrammesView(FundingProgrammes programmes) {
        this.programmes = programmes;
        addClassName("funding-programmes-view");
        grid.addColumn(p -> p.name() + (p.example() ? " (" + getTranslation("funding.example") + ")" : ""))
                .setHeader(getTranslation("funding.field.name"))
                .setFlexGrow(2);
        grid.addColumn(FundingProgrammes.Programme::funder).setHeader(getTranslation("funding.field.funder"));
        grid.addColumn(p -> p.costShare() + " % · " + p.durationMonths() + " " + getTranslation("funding.months"))
                .setHeader(getTranslation("funding.field.share"));
        grid.addColumn(p ->
                        Formats.date(p.validFrom()) + " – " + (p.validTo() == null ? "" : Formats.date(p.validTo())))
                .setHeader(getTranslation("funding.field.valid"));
        grid.setAllRowsVisible(true);
        grid.addClassName("funding-grid");
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                edit(selected.getValue());
            }
        });
        code.setLabel(getTranslation("funding.field.code"));
        code.setHelperText(getTranslation("funding.field.code.help"));
        name.setLabel(getTranslation("funding.field.name"));
        funder.setLabel(getTranslation("funding.field.funder"));
        share.setLabel(getTranslation("funding.field.costShare"));
        months.setLabel(getTranslation("funding.field.months"));
        applyAt.setLabel(getTranslation("funding.field.applyAt"));
        conditions.setLabel(getTranslation("funding.field.conditions"));
        validFrom.setLabel(getTranslation("funding.field.validFrom"));
        validTo.setLabel(getTranslation("funding.field.validTo"));
        example.setLabel(getTranslation("funding.field.example"));
        DatePickers.german(validFrom);
        DatePickers.german(validTo);
        List.of(code, name, funder, applyAt).forEach(field -> field.setRequiredIndicatorVisible(true));
        share.setRequiredIndicatorVisible(true);
        months.setRequiredIndicatorVisible(true);
        validFrom.setRequiredIndicatorVisible(true);
        name.addClassName("funding-name");
        share.addClassName("funding-share");
        fields.putAll(Map.of(
                "code",
                code,
                "name",
                name,
                "funder",
                funder,
                "costShare",
                share,
                "durationMonths",
                months,
                "applyAt",
                applyAt,
                "conditions",
                conditions,
                "validFrom",
                validFrom,
                "validTo",
                validTo));
        FormLayout form =
                new FormLayout(code, name, funder, share, months, applyAt, validFrom, validTo, conditions, example);
        form.setColspan(conditions, 2);
        Button save = new Button(getTranslation("funding.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-funding");
        Button create = new Button(getTranslation("funding.new"), click -> edit(null));
        create.addClassName("new-funding");
        add(new H2(getTranslation("funding.title")), create, grid, formTitle, form, save);
        grid.setItems(programmes.all());
        edit(null);
    }

    private void edit(FundingProgrammes.@Nullable Programme programme) {
        editing = programme == null ? null : programme.id();
        formTitle.setText(programme == null ? getTranslation("funding.new") : programme.name());
        code.setReadOnly(programme != null);
        code.setValue(programme == null ? "" : programme.code());
        name.setValue(programme == null ? "" : programme.name());
        funder.setValue(programme == null ? "" : programme.funder());
        share.setValue(programme == null ? null : programme.costShare());
        months.setValue(programme == null ? null : programme.durationMonths());
        applyAt.setValue(programme == null ? "" : programme.applyAt());
        conditions.setValue(programme == null || programme.conditions() == null ? "" : programme.conditions());
        validFrom.setValue(programme == null ? null : programme.validFrom());
        validTo.setValue(programme == null ? null : programme.validTo());
        example.setValue(programme != null && programme.example());
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            programmes.save(new FundingProgrammes.Programme(
                    editing,
                    code.getValue().strip(),
                    name.getValue(),
                    funder.getValue(),
                    share.getValue() == null ? -1 : share.getValue(),
                    months.getValue() == null ? 0 : months.getValue(),
                    applyAt.getValue(),
                    conditions.getValue(),
                    validFrom.getValue(),
                    validTo.getValue(),
                    example.getValue()));
            Notification.show(getTranslation("funding.saved"));
            grid.setItems(programmes.all());
            edit(null);
        } catch (FundingProgrammes.InvalidProgramme invalid) {
            FieldErrors.show(this, fields, invalid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.title") + " · klimaflow";
    }
}

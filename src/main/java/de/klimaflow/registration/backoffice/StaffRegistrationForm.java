package de.klimaflow.registration.backoffice;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import de.klimaflow.events.EventOverview;
import de.klimaflow.events.ParticipantRole;
import de.klimaflow.registration.NewRegistration;
import de.klimaflow.registration.RegistrationIntake;
import de.klimaflow.registration.RegistrationRefused;
import de.klimaflow.registration.RegistrationRequest;

/** The desk enters a registration taken by phone, on the registrations page of one event. */
class StaffRegistrationForm extends Details {

    /** Entering a registration taken by phone: same rules as the public form, no opt-in (the desk knows the person). */
    StaffRegistrationForm(
            RegistrationIntake registrations, SmartValidator validator, EventOverview event, Runnable saved) {
        TextField name = new TextField(getTranslation("registration.form.name"));
        EmailField email = new EmailField(getTranslation("registration.form.email"));
        TextField organisation = new TextField(getTranslation("registration.form.organisation"));
        RadioButtonGroup<ParticipantRole> role = new RadioButtonGroup<>(getTranslation("registration.form.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(r -> getTranslation("registration.role." + r.name()));
        CheckboxGroup<EventOverview.PartOverview> parts =
                new CheckboxGroup<>(getTranslation("registration.form.parts"));
        parts.setItems(event.parts());
        parts.setItemLabelGenerator(EventOverview.PartOverview::title);
        TextField needs = new TextField(getTranslation("registration.form.needs"));
        TextField accessibility = new TextField(getTranslation("registration.form.accessibility"));
        Checkbox toVenue = new Checkbox(getTranslation("registrations.manual.accessibilityToVenue"));
        Checkbox informed = new Checkbox(getTranslation("registrations.manual.informed"));
        List.of(name, email, organisation, needs, accessibility).forEach(field -> field.setWidthFull());
        name.setRequired(true);
        email.setRequired(true);
        name.setMaxLength(RegistrationRequest.NAME_MAX);
        email.setMaxLength(RegistrationRequest.EMAIL_MAX);
        organisation.setMaxLength(RegistrationRequest.NAME_MAX);
        needs.setMaxLength(RegistrationRequest.NEEDS_MAX);
        accessibility.setMaxLength(RegistrationRequest.ACCESSIBILITY_MAX);
        Paragraph problem = new Paragraph();
        problem.addClassName("manual-problem");
        Button save = new Button(getTranslation("registrations.manual.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(
                name, email, organisation, role, parts, needs, accessibility, toVenue, informed, problem, save);
        form.setPadding(false);
        setSummaryText(getTranslation("registrations.manual.title"));
        add(form);
        addClassName("manual-registration");
        save.addClickListener(click -> {
            RegistrationRequest request = new RegistrationRequest(
                    name.getValue(),
                    email.getValue(),
                    organisation.getValue(),
                    role.getValue(),
                    parts.getValue().stream()
                            .map(EventOverview.PartOverview::id)
                            .toList(),
                    needs.getValue(),
                    accessibility.getValue(),
                    toVenue.getValue(),
                    informed.getValue(),
                    null);
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "registration");
            validator.validate(request, errors);
            if (errors.hasErrors()) {
                problem.setText(errors.getFieldErrors().stream()
                        .map(error -> getTranslation("registrations.manual.field." + error.getField()) + ": "
                                + error.getDefaultMessage())
                        .collect(Collectors.joining(" ")));
                return;
            }
            try {
                registrations.registerByStaff(
                        event.id(),
                        java.util.Objects.requireNonNull(request.parts()),
                        request.toNewRegistration(NewRegistration.mailLanguage(getLocale())));
            } catch (RegistrationRefused refused) {
                problem.setText(getTranslation(refused.messageKey()));
                return;
            }
            problem.setText("");
            List.of(name, email, organisation, needs, accessibility).forEach(field -> field.clear());
            role.clear();
            parts.clear();
            toVenue.clear();
            informed.clear();
            Notification.show(getTranslation("registrations.manual.saved", request.name()));
            saved.run();
        });
    }
}

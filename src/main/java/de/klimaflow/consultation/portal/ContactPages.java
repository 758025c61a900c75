package de.klimaflow.consultation.portal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.PrivacyNotices;
import de.klimaflow.security.PublicFormGuard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public contact form for municipalities that want advice on a climate-protection manager position.
 * Server-rendered, with the registration form's rules against bots and floods; a refused form comes
 * back with a message at each field and stores nothing.
 */
@Controller
public class ContactPages {

    static final int MAX_NAME = 200;
    static final int MAX_QUESTION = ConsultationService.MAX_NOTE;
    private static final Pattern PHONE = Pattern.compile("[0-9 +()/\\-]{0,50}");

    private final ConsultationService cases;
    private final PrivacyNotices privacyNotices;
    private final PublicFormGuard guard;

    public ContactPages(ConsultationService cases, PrivacyNotices privacyNotices, PublicFormGuard guard) {
        this.cases = cases;
        this.privacyNotices = privacyNotices;
        this.guard = guard;
    }

    @GetMapping(Links.CONSULTATION)
    public String form(Model model, Locale locale) {
        return show(new ContactForm(), model, locale);
    }

    @PostMapping(Links.CONSULTATION)
    public String send(
            @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!guard.admit(errors, form, request, response)) {
            return show(form, model, locale);
        }
        String municipality = PublicFormGuard.text(form.getMunicipality());
        String name = PublicFormGuard.text(form.getContactName());
        String email = PublicFormGuard.text(form.getContactEmail());
        String phone = PublicFormGuard.text(form.getContactPhone());
        String question = PublicFormGuard.text(form.getQuestion());
        PublicFormGuard.requireName(errors, "municipality", municipality, MAX_NAME);
        PublicFormGuard.requireName(errors, "contactName", name, MAX_NAME);
        PublicFormGuard.requireEmail(errors, "contactEmail", email);
        if (!PHONE.matcher(phone).matches()) {
            errors.rejectValue("contactPhone", "contact.error.phone");
        }
        PublicFormGuard.requireText(errors, "question", question, MAX_QUESTION, "contact.error.question");
        if (!form.isPrivacyConsent()) {
            errors.rejectValue("privacyConsent", "contact.error.consent");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(form, model, locale);
        }
        try {
            cases.open(new NewCase(municipality, name, email, phone.isEmpty() ? null : phone, question), Channel.WEB);
        } catch (jakarta.validation.ConstraintViolationException stricterRules) {
            // the service's rules refused what the form's checks let through (say, an odd address form)
            stricterRules.getConstraintViolations().forEach(violation -> {
                String field = violation.getPropertyPath().toString().replaceAll(".*\\.", "");
                errors.rejectValue(
                        field, "contactEmail".equals(field) ? "contact.error.email" : "contact.error.characters");
            });
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(form, model, locale);
        }
        return "redirect:" + Links.CONSULTATION + "/eingegangen";
    }

    @GetMapping(Links.CONSULTATION + "/eingegangen")
    public String received() {
        return "portal/contact-received";
    }

    private String show(ContactForm form, Model model, Locale locale) {
        form.setStamp(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute(
                "privacyNotice", privacyNotices.textFor(PrivacyNotices.Purpose.CONSULTATION_REQUEST, locale));
        model.addAttribute("privacyConsentKey", PrivacyNotices.Purpose.CONSULTATION_REQUEST.consentKey());
        model.addAttribute("maxName", MAX_NAME);
        model.addAttribute("maxQuestion", MAX_QUESTION);
        return "portal/contact-form";
    }
}

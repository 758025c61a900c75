package de.klimaflow.consultation.portal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
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
import de.klimaflow.notification.MailAddresses;
import de.klimaflow.platform.Links;
import de.klimaflow.registration.PrivacyNotice;
import de.klimaflow.security.FormStamps;
import de.klimaflow.security.PublicSubmissionLimit;
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
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}0-9 .,'’()/&\\-]+");

    private final ConsultationService cases;
    private final PrivacyNotice privacyNotice;
    private final FormStamps stamps;
    private final PublicSubmissionLimit limit;

    public ContactPages(ConsultationService cases, PrivacyNotice privacyNotice, FormStamps stamps,
            PublicSubmissionLimit limit) {
        this.cases = cases;
        this.privacyNotice = privacyNotice;
        this.stamps = stamps;
        this.limit = limit;
    }

    @GetMapping(Links.CONSULTATION)
    public String form(Model model, Locale locale) {
        return show(new ContactForm(), model, locale);
    }

    @PostMapping(Links.CONSULTATION)
    public String send(@ModelAttribute("form") ContactForm form, BindingResult errors, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Duration> wait = limit.tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())));
            errors.reject("registration.form.tooMany", new Object[] {Math.max(1, wait.get().toMinutes() + 1)}, null);
            return show(form, model, locale);
        }
        if (form.getWebsite() != null && !form.getWebsite().isEmpty()) {
            errors.reject("registration.form.honeypot");
        } else {
            switch (stamps.check(form.getStamp())) {
                case TOO_FAST -> errors.reject("registration.form.tooFast");
                case INVALID -> errors.reject("registration.form.stale");
                case OK -> { }
            }
        }
        String municipality = ContactForm.text(form.getMunicipality());
        String name = ContactForm.text(form.getContactName());
        String email = ContactForm.text(form.getContactEmail());
        String phone = ContactForm.text(form.getContactPhone());
        String question = ContactForm.text(form.getQuestion());
        name(errors, "municipality", municipality);
        name(errors, "contactName", name);
        if (email.isEmpty() || email.length() > 254 || !MailAddresses.isValid(email)) {
            errors.rejectValue("contactEmail", "contact.error.email");
        }
        if (!PHONE.matcher(phone).matches()) {
            errors.rejectValue("contactPhone", "contact.error.phone");
        }
        if (question.isEmpty()) {
            errors.rejectValue("question", "contact.error.question");
        } else if (question.length() > MAX_QUESTION) {
            errors.rejectValue("question", "contact.error.tooLong", new Object[] {MAX_QUESTION}, null);
        }
        if (!form.isPrivacyConsent()) {
            errors.rejectValue("privacyConsent", "contact.error.consent");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(form, model, locale);
        }
        cases.open(new NewCase(municipality, name, email, phone.isEmpty() ? null : phone, question), Channel.WEB);
        return "redirect:" + Links.CONSULTATION + "/eingegangen";
    }

    @GetMapping(Links.CONSULTATION + "/eingegangen")
    public String received() {
        return "portal/contact-received";
    }

    private static void name(BindingResult errors, String field, String value) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "contact.error.required");
        } else if (value.length() > MAX_NAME) {
            errors.rejectValue(field, "contact.error.tooLong", new Object[] {MAX_NAME}, null);
        } else if (!NAME.matcher(value).matches()) {
            errors.rejectValue(field, "contact.error.characters");
        }
    }

    private String show(ContactForm form, Model model, Locale locale) {
        form.setStamp(stamps.issue());
        model.addAttribute("form", form);
        model.addAttribute("privacyNotice", privacyNotice.textFor(locale));
        model.addAttribute("maxName", MAX_NAME);
        model.addAttribute("maxQuestion", MAX_QUESTION);
        return "portal/contact-form";
    }
}

package de.klimaflow.accessibility.portal;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import de.klimaflow.accessibility.AccessibilitySettings;
import de.klimaflow.accessibility.BarrierReports;
import de.klimaflow.accessibility.NewBarrierReport;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.PrivacyNotices;
import de.klimaflow.security.PublicFormGuard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The accessibility statement (Erklärung zur Barrierefreiheit), linked from every public page, and its feedback
 * mechanism: the form to report a barrier, with the other public forms' rules against bots and bad input.
 */
@Controller
class AccessibilityPages {

    private final AccessibilitySettings settings;
    private final BarrierReports reports;
    private final PrivacyNotices privacyNotices;
    private final PublicFormGuard guard;

    AccessibilityPages(
            AccessibilitySettings settings,
            BarrierReports reports,
            PrivacyNotices privacyNotices,
            PublicFormGuard guard) {
        this.settings = settings;
        this.reports = reports;
        this.privacyNotices = privacyNotices;
        this.guard = guard;
    }

    @GetMapping(Links.ACCESSIBILITY)
    String statement(Model model, Locale locale) {
        AccessibilitySettings.Statement statement = settings.statement();
        model.addAttribute("statusKey", "accessibility.status." + statement.status());
        model.addAttribute("lastCheck", Formats.date(statement.lastCheck()));
        model.addAttribute("limits", statement.knownLimits(locale));
        model.addAttribute("statement", statement);
        model.addAttribute("replyWeeks", Math.max(1, settings.replyWithin().toDays() / 7));
        model.addAttribute("reportForm", Links.ACCESSIBILITY_REPORT);
        return "portal/accessibility-statement";
    }

    @GetMapping(Links.ACCESSIBILITY_REPORT)
    String form(Model model, Locale locale) {
        return show(new BarrierReportForm(), model, locale);
    }

    @PostMapping(Links.ACCESSIBILITY_REPORT)
    String report(
            @ModelAttribute("form") BarrierReportForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!guard.admit(errors, form, request, response)) {
            return show(form, model, locale);
        }
        String page = PublicFormGuard.text(form.getPage());
        String description = PublicFormGuard.text(form.getDescription());
        String name = PublicFormGuard.text(form.getName());
        String email = PublicFormGuard.text(form.getEmail());
        PublicFormGuard.requireText(errors, "page", page, BarrierReports.MAX_PAGE, null);
        PublicFormGuard.requireText(
                errors, "description", description, BarrierReports.MAX_DESCRIPTION, "barrier.error.description");
        if (!name.isEmpty()) {
            PublicFormGuard.requireName(errors, "name", name, BarrierReports.MAX_NAME);
        }
        PublicFormGuard.requireEmail(errors, "email", email);
        if (!form.isPrivacyConsent()) {
            errors.rejectValue("privacyConsent", "contact.error.consent");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(form, model, locale);
        }
        reports.report(new NewBarrierReport(
                page.isEmpty() ? null : page,
                description,
                name.isEmpty() ? null : name,
                email,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN));
        return "redirect:" + Links.ACCESSIBILITY_REPORT + "/eingegangen";
    }

    @GetMapping(Links.ACCESSIBILITY_REPORT + "/eingegangen")
    String received(Model model) {
        model.addAttribute("replyWeeks", Math.max(1, settings.replyWithin().toDays() / 7));
        return "portal/barrier-report-received";
    }

    private String show(BarrierReportForm form, Model model, Locale locale) {
        form.setStamp(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute(
                "privacyNotice", privacyNotices.textFor(PrivacyNotices.Purpose.ACCESSIBILITY_FEEDBACK, locale));
        model.addAttribute("privacyConsentKey", PrivacyNotices.Purpose.ACCESSIBILITY_FEEDBACK.consentKey());
        model.addAttribute("maxPage", BarrierReports.MAX_PAGE);
        model.addAttribute("maxName", BarrierReports.MAX_NAME);
        model.addAttribute("maxDescription", BarrierReports.MAX_DESCRIPTION);
        return "portal/barrier-report-form";
    }
}

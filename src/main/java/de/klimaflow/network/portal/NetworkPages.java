package de.klimaflow.network.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import de.klimaflow.network.NetworkDirectory;
import de.klimaflow.network.NetworkJoin;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.PrivacyNotices;
import de.klimaflow.security.PublicFormGuard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The network's public pages: who the climate-protection managers of the state are (only those who
 * consented, without addresses), and the request to join for a manager who has no invitation yet.
 */
@Controller
public class NetworkPages {

    static final int MAX_NAME = 200;
    static final int MAX_MESSAGE = 2000;
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final NetworkDirectory directory;
    private final NetworkJoin joins;
    private final PrivacyNotices privacyNotices;
    private final PublicFormGuard guard;
    private final Clock clock;

    public NetworkPages(
            NetworkDirectory directory,
            NetworkJoin joins,
            PrivacyNotices privacyNotices,
            PublicFormGuard guard,
            Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.joins = joins;
        this.privacyNotices = privacyNotices;
        this.guard = guard;
    }

    @GetMapping(Links.NETWORK)
    public String directory(Model model) {
        model.addAttribute("districts", directory.publicDirectory());
        return "portal/network-directory";
    }

    @GetMapping(Links.NETWORK_JOIN)
    public String form(Model model, Locale locale) {
        return show(new JoinForm(), model, locale);
    }

    @PostMapping(Links.NETWORK_JOIN)
    public String join(
            @ModelAttribute("form") JoinForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!guard.admit(errors, form, request, response)) {
            return show(form, model, locale);
        }
        String name = PublicFormGuard.text(form.getName());
        String email = PublicFormGuard.text(form.getEmail());
        String municipality = PublicFormGuard.text(form.getMunicipality());
        String message = PublicFormGuard.text(form.getMessage());
        PublicFormGuard.requireName(errors, "name", name, MAX_NAME);
        PublicFormGuard.requireEmail(errors, "email", email);
        PublicFormGuard.requireName(errors, "municipality", municipality, MAX_NAME);
        Optional<LocalDate> since = date(PublicFormGuard.text(form.getSince()));
        if (since.isEmpty()) {
            errors.rejectValue("since", "join.error.since");
        } else if (since.get().isAfter(Formats.today(clock).plusYears(1))
                || since.get().getYear() < 1990) {
            errors.rejectValue("since", "join.error.sinceRange");
        }
        PublicFormGuard.requireText(errors, "message", message, MAX_MESSAGE, null);
        if (!form.isPrivacyConsent()) {
            errors.rejectValue("privacyConsent", "contact.error.consent");
        }
        if (!errors.hasErrors()) {
            // the same answer whatever the address; a member or an open request learns the rest by mail
            joins.request(new NetworkJoin.NewJoinRequest(
                    name,
                    email,
                    municipality,
                    since.get(),
                    message.isEmpty() ? null : message,
                    form.isPublicListing()));
            return "redirect:" + Links.NETWORK + "/beitreten/eingegangen";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(form, model, locale);
    }

    @GetMapping(Links.NETWORK + "/beitreten/eingegangen")
    public String received() {
        return "portal/network-join-received";
    }

    /** "01.04.2027" or "1.4.2027", as people write dates here; the browser's date field sends ISO. */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {GERMAN_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private String show(JoinForm form, Model model, Locale locale) {
        form.setStamp(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute("privacyNotice", privacyNotices.textFor(PrivacyNotices.Purpose.NETWORK_JOIN, locale));
        model.addAttribute("privacyConsentKey", PrivacyNotices.Purpose.NETWORK_JOIN.consentKey());
        model.addAttribute("listingNotice", privacyNotices.textFor(PrivacyNotices.Purpose.DIRECTORY_LISTING, locale));
        model.addAttribute("maxName", MAX_NAME);
        model.addAttribute("maxMessage", MAX_MESSAGE);
        return "portal/network-join-form";
    }
}

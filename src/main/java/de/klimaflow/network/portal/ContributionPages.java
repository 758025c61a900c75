package de.klimaflow.network.portal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.klimaflow.network.Contributions;
import de.klimaflow.platform.Links;
import de.klimaflow.security.PublicFormGuard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A member's proposal for a network meeting, behind the personal link of the call: the project's title and what it is
 * about, changeable until the event team decides. A link that opens nothing answers 404 and says so.
 */
@Controller
public class ContributionPages {

    private static final String TOKEN = "/{token:[A-Za-z0-9_-]{43}}";

    private final Contributions contributions;
    private final PublicFormGuard guard;

    public ContributionPages(Contributions contributions, PublicFormGuard guard) {
        this.contributions = contributions;
        this.guard = guard;
    }

    @GetMapping(Links.NETWORK_CONTRIBUTION + TOKEN)
    public String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Contributions.CallView> call = contributions.open(token);
        if (call.isEmpty()) {
            return invalidLink(response);
        }
        ContributionForm form = new ContributionForm();
        form.setTitle(call.get().title());
        form.setSummary(call.get().summary());
        return show(token, call.get(), form, model);
    }

    @PostMapping(Links.NETWORK_CONTRIBUTION + TOKEN)
    public String propose(
            @PathVariable String token,
            @ModelAttribute("form") ContributionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Contributions.CallView> call = contributions.open(token);
        if (call.isEmpty()) {
            return invalidLink(response);
        }
        if (!guard.admit(errors, form, request, response)) {
            return show(token, call.get(), form, model);
        }
        String title = PublicFormGuard.text(form.getTitle());
        String summary = PublicFormGuard.text(form.getSummary());
        PublicFormGuard.requireText(errors, "title", title, Contributions.MAX_TITLE, "contribution.error.required");
        PublicFormGuard.requireText(
                errors, "summary", summary, Contributions.MAX_SUMMARY, "contribution.error.required");
        if (!errors.hasErrors() && contributions.propose(token, title, summary)) {
            return "redirect:" + Links.NETWORK_CONTRIBUTION + "/eingegangen";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(token, call.get(), form, model);
    }

    @GetMapping(Links.NETWORK_CONTRIBUTION + "/eingegangen")
    public String received() {
        return "portal/contribution-received";
    }

    /** Anything else below the path: the page that the link opens nothing. */
    @GetMapping(Links.NETWORK_CONTRIBUTION + "/**")
    public String unknown(HttpServletResponse response) {
        return invalidLink(response);
    }

    private String show(String token, Contributions.CallView call, ContributionForm form, Model model) {
        form.setStamp(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute("call", call);
        model.addAttribute("action", Links.networkContribution(token));
        model.addAttribute("maxTitle", Contributions.MAX_TITLE);
        model.addAttribute("maxSummary", Contributions.MAX_SUMMARY);
        return "portal/contribution-form";
    }

    private static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/contribution-link-invalid";
    }
}

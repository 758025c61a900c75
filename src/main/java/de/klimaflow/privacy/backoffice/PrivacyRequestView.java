package de.klimaflow.privacy.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import de.klimaflow.platform.FieldProblems;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.privacy.ErasureRequests;
import de.klimaflow.privacy.PersonalDataRequests;
import de.klimaflow.privacy.process.PrivacyRequestFlow;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;
import de.klimaflow.ui.FieldErrors;

import jakarta.annotation.security.RolesAllowed;

/**
 * One erasure request: its deadlines, each group's answer with a link to the group's task, and, for a member of a
 * group still to answer, that group's data about the address and the form to confirm or refuse with a reason. After
 * the erasure, what went and what was kept.
 */
@Route("privacy/requests/:" + PrivacyRequestView.REQUEST_ID)
@RolesAllowed({Groups.REGISTRATION_DESK, Groups.EVENT_TEAM, Groups.ADVISORS, Groups.OPERATORS})
public class PrivacyRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REQUEST_ID = "requestId";

    private final ErasureRequests requests;
    private final PrivacyRequestFlow flow;
    private final CurrentUser currentUser;
    private final PersonalDataRequests reports;
    private ErasureRequests.@Nullable Request request;

    public PrivacyRequestView(
            ErasureRequests requests, PrivacyRequestFlow flow, CurrentUser currentUser, PersonalDataRequests reports) {
        this.requests = requests;
        this.flow = flow;
        this.currentUser = currentUser;
        this.reports = reports;
        addClassName("privacy-request-view");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ErasureRequests.Request> found = event.getRouteParameters()
                .get(REQUEST_ID)
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> requests.find(Long.parseLong(id)));
        removeAll();
        if (found.isEmpty()) {
            request = null;
            add(
                    new H2(getTranslation("privacy.request.notFound")),
                    new Anchor("privacy", getTranslation("nav.privacy")));
            return;
        }
        show(found.get());
    }

    private void show(ErasureRequests.Request shown) {
        request = shown;
        removeAll();
        add(new Anchor("privacy", getTranslation("nav.privacy")), new H2(getPageTitle()));
        UnorderedList facts = new UnorderedList();
        facts.addClassName("privacy-request-facts");
        fact(
                facts,
                "privacy.request.address",
                shown.address() == null ? getTranslation("privacy.request.addressErased") : shown.address());
        fact(facts, "privacy.request.receivedOn", Formats.date(shown.receivedOn()));
        fact(facts, "privacy.request.reviewDue", Formats.dateTime(shown.reviewDue()));
        fact(facts, "privacy.request.deadline", Formats.date(shown.deadline()));
        fact(facts, "privacy.request.filedBy", shown.filedBy());
        fact(facts, "privacy.request.state", getTranslation("privacy.request.state." + shown.state()));
        add(facts, new H3(getTranslation("privacy.request.reviews")));
        UnorderedList answers = new UnorderedList();
        answers.addClassName("privacy-reviews");
        if (shown.reviews().isEmpty()) {
            answers.add(new ListItem(getTranslation("privacy.request.noReviews")));
        }
        shown.reviews().forEach(review -> answers.add(answer(shown, review)));
        add(answers);
        shown.reviews().stream()
                .filter(review -> review.confirmed() == null && currentUser.isIn(review.group()))
                .forEach(review -> add(reviewForm(shown, review.group())));
        if (!shown.outcome().isEmpty()) {
            UnorderedList outcome = new UnorderedList();
            outcome.addClassName("privacy-outcome");
            shown.outcome()
                    .forEach(o -> outcome.add(
                            new ListItem(getTranslation("privacy.erasedCount", getTranslation(o.category()), o.erased())
                                    + o.kept().stream()
                                            .map(kept -> " " + getTranslation(kept))
                                            .reduce("", String::concat))));
            add(new H3(getTranslation("privacy.request.outcome")), outcome);
        }
    }

    private ListItem answer(ErasureRequests.Request shown, ErasureRequests.Review review) {
        String group = getTranslation("group." + review.group());
        if (review.confirmed() == null) {
            ListItem open = new ListItem(getTranslation("privacy.request.reviewOpen", group) + " ");
            // another group's data is theirs to look at: the link leads to their task, which only they can open
            flow.reviewTask(shown.id(), review.group())
                    .ifPresent(task -> open.add(
                            new Anchor(Links.taskPage(task).substring(1), getTranslation("privacy.request.task"))));
            return open;
        }
        String by = review.decidedBy() + ", " + Formats.dateTime(review.decidedAt());
        return new ListItem(
                review.confirmed()
                        ? getTranslation("privacy.request.reviewConfirmed", group, by)
                        : getTranslation("privacy.request.reviewRefused", group, by, review.reason()));
    }

    private Div reviewForm(ErasureRequests.Request shown, String group) {
        Div form = new Div();
        form.addClassName("privacy-review-form");
        form.add(new H3(getTranslation("privacy.request.yourReview", getTranslation("group." + group))));
        List.copyOf(requests.heldFor(shown.id(), group))
                .forEach(data -> form.add(HeldDataDetails.of(this, getLocale(), reports, data)));
        RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("privacy.request.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(confirmed ->
                getTranslation(confirmed ? "privacy.request.decision.confirm" : "privacy.request.decision.refuse"));
        decision.addClassName("privacy-decision");
        TextArea reason = new TextArea(getTranslation("privacy.request.reason"));
        reason.setMaxLength(ErasureRequests.MAX_REASON);
        reason.setHelperText(getTranslation("privacy.request.reason.help"));
        reason.setWidthFull();
        reason.addClassName("privacy-reason");
        Button send = new Button(getTranslation("privacy.request.answer"), click -> {
            if (FieldErrors.refuseIf(this, decision, decision.getValue() == null, "privacy.request.decisionRequired")) {
                return;
            }
            try {
                flow.decide(shown.id(), group, decision.getValue(), reason.getValue());
                requests.find(shown.id()).ifPresent(this::show);
            } catch (FieldProblems refused) {
                FieldErrors.show(this, Map.of("reason", reason), refused, decision);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("privacy-answer");
        form.add(decision, reason, send);
        return form;
    }

    private void fact(UnorderedList facts, String label, String value) {
        facts.add(new ListItem(getTranslation(label) + ": " + value));
    }

    @Override
    public String getPageTitle() {
        return request == null
                ? getTranslation("privacy.request.notFound")
                : getTranslation("privacy.request.title", request.id());
    }
}

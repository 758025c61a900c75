package de.klimaflow.network;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.RelatedLabels;

/** "Beitrag 7: Solarkataster für alle" for the outbox: the call, the acceptance and the refusal. */
@Component
class ContributionMailLabels implements RelatedLabels {

    private final ContributionRepository contributions;

    ContributionMailLabels(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    @Override
    public String relatedType() {
        return Contributions.RELATED_MAILS;
    }

    @Override
    public String labelKey() {
        return "mail.related.contribution";
    }

    @Override
    public Map<String, String> names(Collection<Long> ids) {
        return contributions.findAllById(ids).stream()
                .map(Contribution::toView)
                .collect(Collectors.toMap(
                        view -> Long.toString(view.id()),
                        view -> view.title() == null ? view.municipality() : view.title()));
    }
}

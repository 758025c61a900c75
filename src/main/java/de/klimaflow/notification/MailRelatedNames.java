package de.klimaflow.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The outbox's "Vorgang" for a page of mails: one question per kind of related object, not one per mail. */
@Component
public class MailRelatedNames {

    /** What one mail is about: a bundle key with the id and the name. */
    public record Label(String key, String id, String name) {}

    private final List<RelatedLabels> features;

    MailRelatedNames(List<RelatedLabels> features) {
        this.features = features;
    }

    /** The labels by mail id; a mail whose object no feature names is left out (the view shows its business key). */
    @Transactional(readOnly = true)
    public Map<Long, Label> of(List<MailSummary> mails) {
        Map<Long, Label> labels = new HashMap<>();
        Map<String, List<MailSummary>> byType = mails.stream()
                .filter(mail -> mail.relatedId().matches("[0-9]{1,18}"))
                .collect(Collectors.groupingBy(MailSummary::relatedType));
        for (RelatedLabels feature : features) {
            List<MailSummary> ofType = byType.getOrDefault(feature.relatedType(), List.of());
            if (ofType.isEmpty()) {
                continue;
            }
            Map<String, String> names = feature.names(
                    ofType.stream().map(mail -> Long.valueOf(mail.relatedId())).collect(Collectors.toSet()));
            ofType.forEach(mail -> {
                String name = names.get(mail.relatedId());
                if (name != null) {
                    labels.put(mail.id(), new Label(feature.labelKey(), mail.relatedId(), name));
                }
            });
        }
        return labels;
    }
}

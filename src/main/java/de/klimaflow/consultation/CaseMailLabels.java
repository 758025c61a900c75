package de.klimaflow.consultation;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.RelatedLabels;

/** "Fall #12: Stadt Burg" for the outbox. */
@Component
class CaseMailLabels implements RelatedLabels {

    private final ConsultationCaseRepository cases;

    CaseMailLabels(ConsultationCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String relatedType() {
        return ConsultationService.RELATED_TYPE;
    }

    @Override
    public String labelKey() {
        return "mail.related.case";
    }

    @Override
    public Map<String, String> names(Collection<Long> ids) {
        return cases.findAllById(ids).stream()
                .collect(Collectors.toMap(c -> c.getId().toString(), ConsultationCase::getMunicipalityName));
    }
}

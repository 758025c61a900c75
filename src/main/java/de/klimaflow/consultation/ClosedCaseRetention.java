package de.klimaflow.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.klimaflow.privacy.RetentionRule;

/**
 * A closed consultation case keeps who asked for {@code klimaflow.privacy.retention.closed-cases} (three years, the
 * usual period for questions about a funding decision); then it is anonymised as on request.
 */
@Component
class ClosedCaseRetention implements RetentionRule {

    private final ConsultationCaseRepository cases;
    private final ConsultationPersonalData personalData;
    private final Duration keep;

    ClosedCaseRetention(
            ConsultationCaseRepository cases,
            ConsultationPersonalData personalData,
            @Value("${klimaflow.privacy.retention.closed-cases:P1096D}") Duration keep) {
        this.cases = cases;
        this.personalData = personalData;
        this.keep = keep;
    }

    @Override
    public String category() {
        return ConsultationPersonalData.CASES;
    }

    @Override
    public long due(Instant now) {
        return dueAt(now).size();
    }

    @Override
    public int apply(Instant now) {
        List<ConsultationCase> due = dueAt(now);
        due.forEach(personalData::anonymise);
        return due.size();
    }

    private List<ConsultationCase> dueAt(Instant now) {
        return cases.findByClosedAtBeforeAndContactNameNot(now.minus(keep), ConsultationCase.ANONYMISED);
    }
}

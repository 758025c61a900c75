package de.klimaflow.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.klimaflow.privacy.AnonymisingRetention;

/**
 * A closed consultation case keeps who asked for {@code klimaflow.privacy.retention.closed-cases} (three years, the
 * usual period for questions about a funding decision); then it is anonymised as on request.
 */
@Component
class ClosedCaseRetention extends AnonymisingRetention<ConsultationCase> {

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
    protected void anonymise(ConsultationCase consultation) {
        personalData.anonymise(consultation);
    }

    @Override
    protected List<ConsultationCase> dueAt(Instant now) {
        return cases.findByClosedAtBeforeAndContactNameNot(now.minus(keep), ConsultationCase.ANONYMISED);
    }
}

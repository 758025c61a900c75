package de.klimaflow.consultation.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;

/** Form of "Alternativen beraten": after a rejection, what the municipality can do instead. */
@Component
class AdviseAlternativesForm extends NoteStepForm {

    AdviseAlternativesForm(CaseQueries cases, ConsultationFlow consultations) {
        super(
                ConsultationProcess.FORM_ADVISE_ALTERNATIVES,
                "case.alternatives",
                cases,
                consultations::completeAlternatives);
    }
}

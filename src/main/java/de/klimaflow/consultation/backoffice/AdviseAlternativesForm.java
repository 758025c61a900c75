package de.klimaflow.consultation.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.consultation.process.Consultations;

/** Form of "Alternativen beraten": after a rejection, what the municipality can do instead. */
@Component
class AdviseAlternativesForm extends NoteStepForm {

    AdviseAlternativesForm(CaseQueries cases, Consultations consultations) {
        super(
                ConsultationProcess.FORM_ADVISE_ALTERNATIVES,
                "case.alternatives",
                cases,
                consultations::completeAlternatives);
    }
}

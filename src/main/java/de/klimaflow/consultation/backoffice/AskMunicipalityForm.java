package de.klimaflow.consultation.backoffice;

import org.springframework.stereotype.Component;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;

/** Form of "Bei der Kommune nachfragen": every four weeks while the funding decision is out. */
@Component
class AskMunicipalityForm extends NoteStepForm {

    AskMunicipalityForm(CaseQueries cases, ConsultationFlow consultations) {
        super(ConsultationProcess.FORM_ASK_MUNICIPALITY, "case.ask", cases, consultations::completeAsk);
    }
}

package de.klimaflow.consultation.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.FundingProposals;

/** The steps of climate-manager-consultation.bpmn that change the case: thin delegates, one line each. */
@Configuration
class ConsultationSteps {

    @Bean(ConsultationProcess.DELEGATE_ASSIGN_ADVISOR)
    JavaDelegate assignAdvisor(ConsultationService cases) {
        return execution -> execution.setVariable(
                ConsultationProcess.VAR_ADVISOR,
                cases.assignByRegion(ConsultationProcess.caseId(execution)).orElse(null));
    }

    /** The decision table's rows go onto the case; the process keeps only small values. */
    @Bean(ConsultationProcess.LISTENER_STORE_PROPOSAL)
    @SuppressWarnings("unchecked")
    ExecutionListener storeFundingProposal(FundingProposals proposals) {
        return execution -> {
            proposals.storeProposal(ConsultationProcess.caseId(execution), (List<Map<String, Object>>)
                    execution.getVariable(ConsultationProcess.VAR_PROPOSAL));
            execution.removeVariable(ConsultationProcess.VAR_PROPOSAL);
        };
    }

    @Bean(ConsultationProcess.DELEGATE_INFO_PACKAGE_SENT)
    ExecutionListener infoPackageSent(ConsultationService cases) {
        return execution -> cases.infoPackageSent(ConsultationProcess.caseId(execution));
    }
}

package de.klimaflow.consultation.process;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.consultation.ConsultationService;

/**
 * Once, after the upgrade that replaced inquiries by consultation cases: the old inquiry processes end,
 * and every open case that came from an inquiry (database migration V11) gets its consultation process.
 */
@Component
@Order(5)
class InquiryTakeover implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryTakeover.class);
    private static final String OLD_PROCESS = "inquiry-handling";

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ConsultationService cases;
    private final ConsultationFlow consultations;

    InquiryTakeover(
            RuntimeService runtimeService,
            RepositoryService repositoryService,
            ConsultationService cases,
            ConsultationFlow consultations) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.cases = cases;
        this.consultations = consultations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(OLD_PROCESS)
                        .active()
                        .count()
                == 0) {
            return;
        }
        runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(OLD_PROCESS)
                .list()
                .forEach(old -> runtimeService.deleteProcessInstance(
                        old.getId(), "taken over as a consultation case", true, true));
        int started = 0;
        for (long caseId : cases.openCases()) {
            if (!consultations.isRunning(caseId)) {
                consultations.start(caseId);
                started++;
            }
        }
        repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(OLD_PROCESS)
                .list()
                .forEach(definition -> repositoryService.suspendProcessDefinitionById(definition.getId()));
        LOG.info("Inquiries taken over: {} consultation processes started", started);
    }
}

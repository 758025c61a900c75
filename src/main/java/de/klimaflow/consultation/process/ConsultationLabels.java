package de.klimaflow.consultation.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.tasks.BusinessObjectLabels;

/** "#12 · Stadt Burg" in the task list, for the consultation process. */
@Configuration
class ConsultationLabels {

    @Bean
    BusinessObjectLabels consultationCaseLabels(CaseQueries cases) {
        return BusinessObjectLabels.ofIds(ConsultationProcess.PROCESS_KEY, cases::labels);
    }
}

package de.klimaflow.consultation.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.tasks.BusinessObjectLabels;
import de.klimaflow.consultation.InquiryService;

/** "#12 · Stadt Burg" in the task list, for the inquiry process. */
@Configuration
class InquiryLabels {

    @Bean
    BusinessObjectLabels inquiryCaseLabels(InquiryService inquiries) {
        return BusinessObjectLabels.ofIds(InquiryProcess.PROCESS_KEY, inquiries::labels);
    }
}

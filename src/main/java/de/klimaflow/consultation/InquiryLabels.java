package de.klimaflow.consultation;

import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.tasks.BusinessObjectLabels;

/** "#12 · Stadt Burg" in the task list, for the inquiry process. */
@Configuration
class InquiryLabels {

    @Bean
    BusinessObjectLabels inquiryCaseLabels(InquiryRepository inquiries) {
        return BusinessObjectLabels.ofIds(InquiryProcess.PROCESS_KEY, ids -> inquiries.findAllById(ids).stream()
                .collect(Collectors.toMap(Inquiry::getId, inquiry -> InquiryDetails.of(inquiry).label())));
    }
}

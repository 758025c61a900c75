package de.klimaflow.registration.process;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.registration.RegistrationService;
import de.klimaflow.tasks.BusinessObjectLabels;

/** "Jana Krüger · Regionalforum …" in the task list, for the registration process. */
@Configuration
class RegistrationLabels {

    @Bean
    BusinessObjectLabels registrationTaskLabels(RegistrationService registrations) {
        return BusinessObjectLabels.ofIds(RegistrationProcess.PROCESS_KEY, registrations::labels);
    }
}

package de.klimaflow.privacy.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.privacy.Retention;

/** The retention process's one step: every feature's retention rules, applied. */
@Configuration
class PrivacySteps {

    @Bean(PrivacyRetentionProcess.DELEGATE_APPLY_RETENTION)
    JavaDelegate applyRetention(Retention retention) {
        return execution -> retention.applyAll();
    }
}
